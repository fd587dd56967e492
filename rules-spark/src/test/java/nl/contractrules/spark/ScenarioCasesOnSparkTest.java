package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.CaseParser;
import nl.contractrules.json.Json;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every case of every scenario file of the project ({@code rules-tests} scenarios and {@code examples/}) decided
 * on Spark, in one JSON Lines file under one contracts file, and by {@link ContractRules#decideAll} per scenario:
 * the same outcome for every case, field for field, rejections included, in input order.
 */
class ScenarioCasesOnSparkTest {
    private static final List<Path> ROOTS = List.of(Path.of("../rules-tests/src/test/resources/scenarios"),
            Path.of("../examples"));

    /** A case line's id and kind, and the outcome decideAll gives for it. */
    private record Expected(String id, String kind, JsonNode outcome) {
    }

    @Test
    void sparkDecidesEveryScenarioCaseAsDecideAll(@TempDir Path dir) throws IOException {
        ContractRules rules = Reference.BUNDLED;
        ArrayNode contracts = Json.MAPPER.createArrayNode();
        List<String> lines = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        for (Path file : scenarioFiles()) {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            String contractId = "S" + contracts.size();
            contracts.add(((ObjectNode) root.get("contract").deepCopy()).put("id", contractId));
            List<Outcome<?>> outcomes = decideAll(rules, root);
            for (int i = 0; i < outcomes.size(); i++) {
                ObjectNode line = ((ObjectNode) root.get("cases").get(i).deepCopy())
                        .put("id", contractId + "-" + i).put("contract", contractId);
                line.remove("expect");
                lines.add(Json.MAPPER.writeValueAsString(line));
                expected.add(new Expected(contractId + "-" + i, line.path("kind").asText(),
                        normal(Json.toJson(outcomes.get(i)))));
            }
        }
        assertThat(expected).as("scenario cases").hasSizeGreaterThan(100);
        Path contractsFile = Files.writeString(dir.resolve("contracts.json"), contracts.toString(), UTF_8);
        Path casesFile = Files.writeString(dir.resolve("cases.jsonl"), LocalSpark.lines(lines), UTF_8);

        SparkSession spark = LocalSpark.session();
        SparkContractRules onSpark = SparkContractRules.bundled().asOf(Reference.AS_OF).citations(true);
        List<Row> results = onSpark.decide(SparkContractRules.readCases(spark, casesFile.toString()),
                SparkContractRules.readContracts(spark, contractsFile.toString())).collectAsList();

        assertThat(results).hasSameSizeAs(expected);
        for (int i = 0; i < results.size(); i++) {
            Row row = results.get(i);
            Expected want = expected.get(i);
            assertThat(row.getAs("id").toString()).isEqualTo(want.id());
            assertThat(row.getAs("kind").toString()).isEqualTo(want.kind());
            assertThat(row.getAs("ruleSet").toString()).isEqualTo(onSpark.ruleSet());
            ObjectNode json = (ObjectNode) Json.MAPPER.readTree(row.<String>getAs("json"));
            json.remove(List.of("id", "contract", "kind", "line"));
            assertThat(normal(json)).as(want.id()).isEqualTo(want.outcome());
        }
    }

    /** The outcomes of a scenario's cases, evaluated in turn; a contract or input that cannot be read rejects its cases. */
    private static List<Outcome<?>> decideAll(ContractRules rules, JsonNode scenario) {
        List<Outcome<?>> outcomes = new ArrayList<>();
        Contract contract;
        try {
            contract = CaseParser.contract(scenario.get("contract"));
        } catch (InvalidInputException e) {
            scenario.get("cases").forEach(c -> outcomes.add(Rejection.InvalidInput.of(e)));
            return outcomes;
        }
        List<CaseInput> inputs = new ArrayList<>();
        for (JsonNode c : scenario.get("cases")) {
            try {
                inputs.add(CaseParser.input(c.path("kind").asText(""), c.get("input")));
                outcomes.add(null);
            } catch (InvalidInputException e) {
                outcomes.add(Rejection.InvalidInput.of(e));
            }
        }
        List<Outcome<?>> decided = new ArrayList<>();
        for (CaseInput input : inputs) {
            decided.add(rules.evaluate(contract, input));
        }
        for (int i = 0, next = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                outcomes.set(i, decided.get(next++));
            }
        }
        return outcomes;
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

    /** The JSON as it reads back from text, so that number node types do not differ between the two paths. */
    private static JsonNode normal(JsonNode node) throws IOException {
        return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(node));
    }
}
