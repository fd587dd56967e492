package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.contractrules.json.Json;
import org.junit.jupiter.api.Test;

/**
 * {@code decide} in the shaded jar on {@code examples/bulk}: every example case decided, each of the sample's bad
 * lines an error line in its place.
 */
class DecideJarIT {
    /** The sample's bad lines (the last one an example case expected to fail): line number and the field named. */
    private static final Map<Integer, String> BAD_LINES = Map.of(6, "line", 13, "contract", 20, "reportedAt",
            27, "kind", 34, "kind", 41, "line", 45, "contract.tier", 48, "reportedAt");

    @Test
    void decidesTheBulkExample() throws Exception {
        ContractRulesJarIT.Run run = ContractRulesJarIT.run("decide", "--quiet", "--contracts",
                "../examples/bulk/contracts.json", "../examples/bulk/cases.jsonl");

        assertThat(run.exit()).as(run.out()).isEqualTo(1);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            if (line.startsWith("{")) {
                lines.add(Json.MAPPER.readTree(line));
            }
        }
        assertThat(lines).hasSize(60);
        for (int n = 1; n <= lines.size(); n++) {
            JsonNode line = lines.get(n - 1);
            if (BAD_LINES.containsKey(n)) {
                assertThat(line.path("line").asInt()).as(line.toString()).isEqualTo(n);
                assertThat(line.path("field").asText()).as(line.toString()).isEqualTo(BAD_LINES.get(n));
            } else {
                assertThat(line.has("error")).as(line.toString()).isFalse();
                assertThat(line.get("rules")).as(line.toString()).isNotEmpty();
            }
        }
        assertThat(run.out()).contains("60 cases read: 52 decided, 8 rejected");
    }
}
