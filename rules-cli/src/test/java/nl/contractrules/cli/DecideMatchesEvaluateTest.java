package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.Json;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of every scenario file of the project ({@code rules-tests} scenarios and {@code examples/}) decided
 * twice, by {@code decide} (one contracts file, one JSON Lines file, several threads) and by the scenario runner
 * that {@code evaluate} uses: the outcomes must be the same JSON, field for field, rejections included.
 */
class DecideMatchesEvaluateTest {
    private static final List<Path> ROOTS = List.of(Path.of("../rules-tests/src/test/resources/scenarios"),
            Path.of("../examples"));
    /** Writes a case line with its numbers as the scenario file wrote them ({@code 2e1} stays a decimal). */
    private static final ObjectWriter AS_WRITTEN = Json.MAPPER.writer()
            .without(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** A scenario case and the outcome {@code evaluate} prints for it, without its id. */
    private record Expected(String where, JsonNode outcome) {
    }

    @Test
    void decideGivesWhatEvaluateGivesForEveryScenarioCase(@TempDir Path dir) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(ContractRules.bundled());
        ArrayNode contracts = Json.MAPPER.createArrayNode();
        StringBuilder lines = new StringBuilder();
        List<Expected> expected = new ArrayList<>();
        for (Path file : ScenarioFiles.expand(ROOTS, new java.io.PrintWriter(System.err, true)).files()) {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            Scenario scenario = Scenario.of(root, file.toString());
            String contractId = "S" + contracts.size();
            contracts.add(((ObjectNode) root.get("contract").deepCopy()).put("id", contractId));
            List<ScenarioRunner.Result> results = runner.run(scenario);
            JsonNode cases = root.get("cases");
            for (int i = 0; i < results.size(); i++) {
                ObjectNode line = ((ObjectNode) cases.get(i).deepCopy()).put("contract", contractId);
                line.remove("expect");
                lines.append(AS_WRITTEN.writeValueAsString(line)).append('\n');
                ObjectNode outcome = results.get(i).toJson();
                outcome.remove("id");
                expected.add(new Expected(file + " " + results.get(i).scenarioCase().id(), normal(outcome)));
            }
        }
        assertThat(expected).as("scenario cases").hasSizeGreaterThan(100);
        Path contractsFile = Files.writeString(dir.resolve("contracts.json"), contracts.toString(), UTF_8);
        Path casesFile = Files.writeString(dir.resolve("cases.jsonl"), lines, UTF_8);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"decide", "--quiet", "--citations", "--threads", "3", "--contracts",
                contractsFile.toString(), casesFile.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));

        assertThat(exit).as(err.toString()).isIn(0, 1);
        String[] decided = out.toString().split("\n");
        assertThat(decided).hasSameSizeAs(expected.toArray());
        for (int i = 0; i < decided.length; i++) {
            ObjectNode actual = (ObjectNode) Json.MAPPER.readTree(decided[i]);
            assertThat(actual.get("contract").asText()).isNotEmpty();
            actual.remove(List.of("id", "contract", "line"));
            assertThat(normal(actual)).as(expected.get(i).where()).isEqualTo(expected.get(i).outcome());
        }
    }

    /** The JSON as it reads back from text, so that number node types do not differ between the two paths. */
    private static JsonNode normal(JsonNode node) throws IOException {
        return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(node));
    }
}
