package nl.contractrules.report;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Json;
import nl.contractrules.json.JsonLines;

/** Runs reports for the tests, on the bundled rules (compiled once). */
final class Reports {
    static final ContractRules RULES = ContractRules.bundled();
    static final Path EXAMPLES = Path.of("../examples/bulk");

    private Reports() {
    }

    static MonthlyReport run(BulkContracts contracts, byte[] cases, ReportOptions options) {
        try (Stream<JsonLines.Line> lines = JsonLines.lines(new ByteArrayInputStream(cases),
                JsonLines.DEFAULT_MAX_LINE)) {
            return ReportRun.run(RULES, rules -> rules.bulk().threads(2), lines, contracts, options, done -> { });
        }
    }

    static MonthlyReport examples() {
        try {
            return run(BulkContracts.read(EXAMPLES.resolve("contracts.json")),
                    Files.readAllBytes(EXAMPLES.resolve("cases.jsonl")), ReportOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(MonthlyReport report) throws IOException {
        StringWriter out = new StringWriter();
        ReportJson.write(report, out);
        return Json.MAPPER.readTree(out.toString());
    }

    static String html(MonthlyReport report) {
        StringWriter out = new StringWriter();
        ReportHtml.write(report, out);
        return out.toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(UTF_8);
    }
}
