package nl.contractrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The report's monthly figures against expectations worked out by hand from the rulebook, one scenario file each
 * ({@code src/test/resources/report-scenarios}): given these tickets, this is each month's availability and these
 * targets were missed. Every figure the file's {@code expect} names must be the report's JSON figure; figures it
 * leaves out are not checked.
 */
class ReportScenariosTest {
    private static final Path SCENARIOS = Path.of("src/test/resources/report-scenarios");

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SCENARIOS)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        JsonNode scenario = Json.MAPPER.readTree(file.toFile());
        StringBuilder lines = new StringBuilder();
        scenario.get("cases").forEach(c -> lines.append(c).append('\n'));
        ReportOptions options = ReportOptions.defaults().withMonths(month(scenario.get("from")),
                month(scenario.get("to")));
        MonthlyReport report = Reports.run(BulkContracts.of(scenario.get("contracts"), file.toString()),
                Reports.utf8(lines.toString()), options);
        List<String> mismatches = new ArrayList<>();
        subset("", scenario.get("expect"), Reports.json(report), mismatches);
        assertThat(mismatches).as(scenario.get("name").asText()).isEmpty();
    }

    private static YearMonth month(JsonNode node) {
        return node == null ? null : YearMonth.parse(node.asText());
    }

    /** Each value {@code expected} names is in {@code actual}: objects by key, arrays element by element. */
    private static void subset(String path, JsonNode expected, JsonNode actual, List<String> mismatches) {
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode value = actual == null ? null : actual.get(e.getKey());
                if (value == null) {
                    mismatches.add(path + "." + e.getKey() + ": missing");
                } else {
                    subset(path + "." + e.getKey(), e.getValue(), value, mismatches);
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                mismatches.add(path + ": expected " + expected.size() + " entries, got " + actual);
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                subset(path + "[" + i + "]", expected.get(i), actual.get(i), mismatches);
            }
        } else if (expected.isNumber() ? !actual.isNumber()
                || expected.decimalValue().compareTo(actual.decimalValue()) != 0 : !expected.equals(actual)) {
            mismatches.add(path + ": expected " + expected + ", got " + actual);
        }
    }
}
