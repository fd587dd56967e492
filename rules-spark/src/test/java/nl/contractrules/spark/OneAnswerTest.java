package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.CaseParser;
import nl.contractrules.json.Json;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One answer on every path: every case of every scenario file the project has (the {@code rules-tests} scenarios
 * with their bad-input and time-zone files, {@code examples/}, and the command line's hostile files), decided
 * <ol>
 *   <li>through the Java API, as an application embeds it: {@link CaseParser} reads the contract and the input,
 *       {@code ContractRules.evaluate} decides;</li>
 *   <li>by the {@link ScenarioRunner} that {@code evaluate} and {@code check} run;</li>
 *   <li>as {@code decide} does: each case a line, read by its line reader and decided in bulk;</li>
 *   <li>on Spark: the same lines through the job's partition code on a local session, with citations,</li>
 * </ol>
 * gets the same decision, or the same rejection (field, message, kind), on all four, in input order.
 */
class OneAnswerTest {
    private static final List<Path> ROOTS = List.of(Path.of("../rules-tests/src/test/resources/scenarios"),
            Path.of("../examples"), Path.of("../rules-cli/src/test/resources/hostile/decided"));
    /** Writes a case line with its numbers as the scenario file wrote them ({@code 2e1} stays a decimal). */
    private static final ObjectWriter AS_WRITTEN = Json.MAPPER.writer()
            .without(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);

    /** A case: where it comes from, its id and kind on a line, and its outcome on the first two paths as JSON. */
    private record Answers(String where, String id, String kind, JsonNode javaApi, JsonNode scenarioRunner) {
    }

    @Test
    void everyCaseGetsTheSameAnswerOnEveryPath(@TempDir Path dir) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(Reference.BUNDLED);
        ArrayNode contracts = Json.MAPPER.createArrayNode();
        List<String> lines = new ArrayList<>();
        List<Answers> answers = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            Scenario scenario;
            try {
                scenario = Scenario.read(file);
            } catch (ScenarioFormatException e) {
                continue;
            }
            String contractId = "S" + contracts.size();
            contracts.add(((ObjectNode) scenario.contract().deepCopy()).put("id", contractId));
            List<ScenarioRunner.Result> results = runner.run(scenario);
            for (int i = 0; i < results.size(); i++) {
                Scenario.Case c = scenario.cases().get(i);
                ObjectNode line = Json.MAPPER.createObjectNode().put("id", contractId + "-" + i)
                        .put("contract", contractId).put("kind", c.kind());
                if (c.input() != null) {
                    line.set("input", c.input());
                }
                lines.add(AS_WRITTEN.writeValueAsString(line));
                answers.add(new Answers(file + " " + c.label(), contractId + "-" + i, c.kind(),
                        answer(javaApi(scenario.contract(), c)), answer(results.get(i).outcome())));
            }
        }
        Path contractsFile = Files.writeString(dir.resolve("contracts.json"), contracts.toString(), UTF_8);
        Path casesFile = Files.writeString(dir.resolve("cases.jsonl"), LocalSpark.lines(lines), UTF_8);

        List<String> decided = Reference.decideLines(Reference.BUNDLED, contractsFile, casesFile);
        SparkSession spark = LocalSpark.session();
        SparkContractRules sparkRules = SparkContractRules.bundled().asOf(Reference.AS_OF).citations(true);
        List<Row> onSpark = sparkRules.decide(SparkContractRules.readCases(spark, casesFile.toString()),
                        SparkContractRules.readContracts(spark, contractsFile.toString()))
                .collectAsList();

        assertThat(answers).as("cases").hasSizeGreaterThan(900);
        assertThat(answers.stream().filter(a -> a.javaApi().path("rejection").asText().equals("INVALID_INPUT")))
                .as("bad-input cases").hasSizeGreaterThan(100);
        assertThat(decided).hasSameSizeAs(answers);
        assertThat(onSpark).hasSameSizeAs(answers);
        for (int i = 0; i < answers.size(); i++) {
            Answers want = answers.get(i);
            assertThat(want.scenarioRunner()).as("scenario runner: %s", want.where()).isEqualTo(want.javaApi());
            ObjectNode withoutCitations = ((ObjectNode) want.javaApi()).deepCopy();
            withoutCitations.remove("citations");
            assertThat(answer(decided.get(i))).as("decide: %s", want.where()).isEqualTo(withoutCitations);
            Row row = onSpark.get(i);
            assertThat(List.of(row.<String>getAs("id"), row.<String>getAs("kind"), row.<String>getAs("ruleSet")))
                    .as("Spark: %s", want.where()).containsExactly(want.id(), want.kind(), sparkRules.ruleSet());
            assertThat(answer(row.<String>getAs("json"))).as("Spark: %s", want.where()).isEqualTo(want.javaApi());
        }
    }

    /** The outcome of a case through the Java API: a contract or input the reader refuses is that rejection. */
    private static Outcome<?> javaApi(JsonNode contractJson, Scenario.Case c) {
        try {
            Contract contract = CaseParser.contract(contractJson);
            return Reference.BUNDLED.evaluate(contract, CaseParser.input(c.kind(), c.input()));
        } catch (InvalidInputException e) {
            return Rejection.InvalidInput.of(e);
        }
    }

    /** An outcome as the JSON every path prints for it (read back from text, so that number nodes compare alike). */
    private static JsonNode answer(Outcome<?> outcome) throws IOException {
        return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(Json.toJson(outcome)));
    }

    /** A result line's outcome: the line without the case's own id, contract, kind and line number. */
    private static JsonNode answer(String resultLine) throws IOException {
        ObjectNode json = (ObjectNode) Json.MAPPER.readTree(resultLine);
        json.remove(List.of("id", "contract", "kind", "line"));
        return json;
    }

    private static List<Path> scenarioFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".json") && !BulkContracts.isContractsFile(p)).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
