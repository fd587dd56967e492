package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import nl.contractrules.json.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decide}: result lines in input order, error lines for bad lines, gz and stdin, CSV, exit codes. */
class DecideCommandTest {
    private static final Path RULES = Path.of("src/test/resources/bulk/rules");
    private static final String CONTRACTS = """
            [ {"id": "WN-1", "regime": "WEBSITENAZORG_O365"},
              {"id": "C1-1", "regime": "CONNECT_1", "start": "2024-01-01"},
              {"id": "WN-BAD", "regime": "WEBSITENAZORG_O365", "tier": "PREMIUM"} ]
            """;

    @TempDir
    Path dir;
    Path contracts;

    /** The JSON lines a run printed. */
    private static List<JsonNode> lines(Cli run) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        return lines;
    }

    @BeforeEach
    void writeContracts() throws IOException {
        contracts = Files.writeString(dir.resolve("contracts.json"), CONTRACTS, UTF_8);
    }

    private Cli decide(Path cases, Object... more) {
        List<Object> args = new ArrayList<>(List.of("decide", "--rules", RULES, "--contracts", contracts));
        args.addAll(List.of(more));
        args.add(cases);
        return Cli.run(args.toArray());
    }

    private static String incident(String id, String contract, String description) {
        return "{\"id\": \"" + id + "\", \"contract\": \"" + contract + "\", \"kind\": \"incident\", \"input\": "
                + "{\"reportedAt\": \"2026-11-23T10:00:00+01:00\""
                + (description == null ? "" : ", \"description\": \"" + description + "\"") + "}}";
    }

    private static String call(String id, String number) {
        return "{\"id\": \"" + id + "\", \"contract\": \"C1-1\", \"kind\": \"call\", \"input\": {\"number\": \""
                + number + "\"}}";
    }

    private Path cases(String... lines) throws IOException {
        return Files.writeString(dir.resolve("cases.jsonl"), String.join("\n", lines) + "\n", UTF_8);
    }

    @Test
    void everyLineIsDecidedInInputOrderOnSeveralThreads() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            lines.add(i % 3 == 0 ? call("c-" + i, "020-123" + i) : incident("i-" + i, "WN-1", "d" + i));
        }

        Cli run = decide(cases(lines.toArray(String[]::new)), "--threads", 3);

        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> out = lines(run);
        assertThat(out).hasSize(500);
        for (int i = 0; i < 500; i++) {
            JsonNode line = out.get(i);
            List<String> names = new ArrayList<>();
            line.fieldNames().forEachRemaining(names::add);
            assertThat(names.subList(0, 3)).containsExactly("id", "contract", "kind");
            assertThat(names).doesNotContain("citations", "error");
            if (i % 3 == 0) {
                assertThat(line.get("id").asText()).isEqualTo("c-" + i);
                assertThat(line.get("included").asBoolean()).isTrue();
                assertThat(line.get("rules").toString()).isEqualTo("[\"C1.T.1\"]");
            } else {
                assertThat(line.get("id").asText()).isEqualTo("i-" + i);
                assertThat(line.get("contract").asText()).isEqualTo("WN-1");
                assertThat(line.get("failedCriteria").toString()).isEqualTo("[\"d" + i + "\",\"b\"]");
                assertThat(line.get("flags").toString()).isEqualTo("[\"DESCRIBED\"]");
            }
        }
        assertThat(run.err()).contains("500 cases read: 500 decided, 0 rejected").doesNotContain("\r");
    }

    @Test
    void citationsOnlyWhenAsked() throws IOException {
        Cli run = decide(cases(incident("i", "WN-1", "x")), "--citations");

        assertThat(lines(run).get(0).get("citations").toString())
                .isEqualTo("[{\"id\":\"WN.T.1\",\"seed\":\"test.txt\",\"section\":\"1\"}]");
    }

    @Test
    void badLinesBecomeErrorLinesNamingTheirLineAndTheRunGoesOn() throws IOException {
        Path cases = cases(
                incident("ok-1", "WN-1", "x"),
                "{\"id\": \"broken\", ",
                incident("long", "WN-1", "y".repeat(300)),
                incident("nobody", "NOPE", "x"),
                incident("bad-contract", "WN-BAD", "x"),
                incident("no-description", "WN-1", null),
                "",
                call("ok-2", "0201234567"));

        Cli run = decide(cases, "--max-line", 250);

        assertThat(run.exit()).isEqualTo(1);
        List<JsonNode> out = lines(run);
        assertThat(out).hasSize(8);
        assertThat(out.get(0).has("error")).isFalse();
        assertError(out.get(1), 2, "line", "not valid JSON");
        assertError(out.get(2), 3, "line", "longer than the line limit");
        assertError(out.get(3), 4, "contract", "unknown contract");
        assertThat(out.get(3).get("id").asText()).isEqualTo("nobody");
        assertThat(out.get(3).get("contract").asText()).isEqualTo("NOPE");
        assertError(out.get(4), 5, "contract.tier", "PREMIUM");
        assertError(out.get(5), 6, "description", "required for this contract");
        assertError(out.get(6), 7, "line", "a case is a JSON object");
        assertThat(out.get(7).get("id").asText()).isEqualTo("ok-2");
        assertThat(run.err()).contains("8 cases read: 2 decided, 6 rejected");
    }

    private static void assertError(JsonNode line, int number, String field, String message) {
        assertThat(line.get("error").asBoolean()).as(line.toString()).isTrue();
        assertThat(line.get("line").asInt()).as(line.toString()).isEqualTo(number);
        assertThat(line.get("field").asText()).as(line.toString()).isEqualTo(field);
        assertThat(line.get("message").asText()).as(line.toString()).contains(message);
    }

    @Test
    void aGzipFileIsReadCompressed() throws IOException {
        Path gz = dir.resolve("cases.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write((incident("a", "WN-1", "x") + "\n" + call("b", "0201234567") + "\n").getBytes(UTF_8));
        }

        Cli run = decide(gz);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(lines(run)).extracting(l -> l.get("id").asText()).containsExactly("a", "b");
    }

    @Test
    void aTruncatedGzipFileKeepsWhatWasDecidedAndExitsTwo() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append(incident("i-" + i, "WN-1", "description " + i)).append('\n');
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.toString().getBytes(UTF_8));
        }
        byte[] all = bytes.toByteArray();
        Path gz = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(all, all.length / 2));

        Cli run = decide(gz);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot read after line");
        assertThat(run.out()).startsWith("{\"id\":\"i-0\"");
    }

    @Test
    void aDashReadsStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((call("s", "0201234567") + "\n").getBytes(UTF_8)));
            Cli run = Cli.run("decide", "--rules", RULES, "--contracts", contracts, "-");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("{\"id\":\"s\",\"contract\":\"C1-1\",\"kind\":\"call\"");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void outWritesAFileAndSummaryTheCountsAsJson() throws IOException {
        Path results = dir.resolve("results.jsonl");
        Path summary = dir.resolve("summary.json");

        Cli run = decide(cases(incident("a", "WN-1", "x"), incident("b", "NOPE", "x"), call("c", "0201234567"),
                "nonsense"), "--out", results, "--summary", summary);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(results, UTF_8)).hasSize(4);
        JsonNode json = Json.MAPPER.readTree(summary.toFile());
        assertThat(json.get("read").asInt()).isEqualTo(4);
        assertThat(json.get("decided").asInt()).isEqualTo(2);
        assertThat(json.get("rejected").asInt()).isEqualTo(2);
        assertThat(json.get("byContractAndKind").toString()).contains(
                "{\"contract\":\"(unknown)\",\"kind\":\"(unknown)\",\"decided\":0,\"rejected\":1}",
                "{\"contract\":\"(unknown)\",\"kind\":\"incident\",\"decided\":0,\"rejected\":1,"
                        + "\"targets\":{\"met\":0,\"missed\":0,\"notMeasured\":0,\"noTarget\":0}}",
                "{\"contract\":\"C1-1\",\"kind\":\"call\",\"decided\":1,\"rejected\":0}",
                "{\"contract\":\"WN-1\",\"kind\":\"incident\",\"decided\":1,\"rejected\":0,"
                        + "\"targets\":{\"met\":0,\"missed\":0,\"notMeasured\":0,\"noTarget\":1}}");
        assertThat(run.err()).containsPattern("WN-1 +incident +1 +0");
    }

    @Test
    void theSummaryCountsPerContractTheIncidentsThatMetMissedWereNotMeasuredOrHadNoTarget() throws IOException {
        Path bundledContracts = Files.writeString(dir.resolve("sla-contracts.json"), """
                [ {"id": "KPN-S", "regime": "KPN_EEN", "tier": "STANDAARD"},
                  {"id": "MS-A", "regime": "MICROSOFT_UNIFIED", "tier": "ADVANCED"},
                  {"id": "MS-C", "regime": "MICROSOFT_UNIFIED", "tier": "CORE"} ]
                """, UTF_8);
        String kpn = "{\"id\": \"%s\", \"contract\": \"KPN-S\", \"kind\": \"incident\", \"input\": "
                + "{\"reportedAt\": \"2026-11-23T09:00:00+01:00\", \"description\": \"d\", \"location\": \"l\"%s}}";
        String ms = "{\"id\": \"%s\", \"contract\": \"%s\", \"kind\": \"incident\", \"input\": "
                + "{\"reportedAt\": \"2026-11-21T03:00:00+01:00\", \"severity\": \"SEV_1\", \"respondedAt\": \"%s\"}}";
        Path cases = cases(
                kpn.formatted("met", ", \"resolvedAt\": \"2026-11-23T16:59:00+01:00\""),
                kpn.formatted("missed-at-the-deadline", ", \"resolvedAt\": \"2026-11-23T17:00:00+01:00\""),
                kpn.formatted("not-resolved-yet", ""),
                kpn.formatted("calamity", ", \"cause\": \"NATIONAL_NETWORK\", \"resolvedAt\": \"2026-11-25T09:00:00+01:00\""),
                kpn.formatted("resolved-before-the-report", ", \"resolvedAt\": \"2026-11-23T08:00:00+01:00\""),
                "{\"id\": \"call\", \"contract\": \"KPN-S\", \"kind\": \"call\", \"input\": {\"number\": \"0201234567\"}}",
                ms.formatted("ms-met", "MS-A", "2026-11-21T04:00:00+01:00"),
                ms.formatted("ms-missed", "MS-A", "2026-11-21T04:01:00+01:00"),
                ms.formatted("ms-core", "MS-C", "2026-11-21T04:00:00+01:00"));
        Path summary = dir.resolve("summary.json");

        Cli run = Cli.run("decide", "--contracts", bundledContracts, "--summary", summary, "--out",
                dir.resolve("results.jsonl"), cases);

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(summary.toFile()).get("byContractAndKind").toString()).isEqualTo("["
                + "{\"contract\":\"KPN-S\",\"kind\":\"call\",\"decided\":1,\"rejected\":0},"
                + "{\"contract\":\"KPN-S\",\"kind\":\"incident\",\"decided\":4,\"rejected\":1,"
                + "\"targets\":{\"met\":1,\"missed\":1,\"notMeasured\":1,\"noTarget\":1}},"
                + "{\"contract\":\"MS-A\",\"kind\":\"incident\",\"decided\":2,\"rejected\":0,"
                + "\"targets\":{\"met\":1,\"missed\":1,\"notMeasured\":0,\"noTarget\":0}},"
                + "{\"contract\":\"MS-C\",\"kind\":\"incident\",\"decided\":1,\"rejected\":0,"
                + "\"targets\":{\"met\":0,\"missed\":0,\"notMeasured\":0,\"noTarget\":1}}]");
        assertThat(run.err()).containsPattern("met +missed +not measured +no target")
                .containsPattern("KPN-S +incident +4 +1 +1 +1 +1 +1\\n")
                .containsPattern("KPN-S +call +1 +0\\n")
                .containsPattern("MS-A +incident +2 +0 +1 +1 +0 +0\\n");
    }

    @Test
    void nonAsciiTextSurvivesAsEscapes() throws IOException {
        Cli run = decide(cases(incident("é", "WN-1", "Storing ÉÉN")));

        assertThat(run.out()).isEqualTo("{\"id\":\"\\u00E9\",\"contract\":\"WN-1\",\"kind\":\"incident\","
                + run.out().substring(run.out().indexOf("\"availability\"")));
        assertThat(lines(run).get(0).get("failedCriteria").get(0).asText()).isEqualTo("Storing ÉÉN");
    }

    @Test
    void csvWritesAFilePerKindAndErrorsCsv() throws IOException {
        Path outDir = dir.resolve("csv");

        Cli run = decide(cases(incident("a", "WN-1", "Mail, \\\"down\\\""), call("b", "0201234567"), "{"),
                "--format", "csv", "--out", outDir);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(Files.readString(outDir.resolve("call.csv"), UTF_8))
                .isEqualTo("id,contract,category,included,rules,flags\r\nb,C1-1,,true,C1.T.1,\r\n");
        assertThat(Files.readString(outDir.resolve("incident.csv"), UTF_8))
                .contains("\r\na,WN-1,").contains(",\"Mail, \"\"down\"\";b\",").endsWith(",WN.T.1,DESCRIBED\r\n");
        assertThat(Files.readString(outDir.resolve("errors.csv"), UTF_8))
                .startsWith("line,id,contract,kind,field,message\r\n3,,,,line,");
    }

    @Test
    void csvNeedsAnOutputDirectory() throws IOException {
        assertThat(decide(cases(call("b", "0201234567")), "--format", "csv").exit()).isEqualTo(2);
    }

    @Test
    void unreadableInputExitsTwo() throws IOException {
        Path cases = cases(call("b", "0201234567"));

        Cli missing = decide(dir.resolve("missing.jsonl"));
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("missing.jsonl").contains("cannot read");

        Cli notGzip = decide(Files.writeString(dir.resolve("plain.jsonl.gz"), "{}\n"));
        assertThat(notGzip.exit()).isEqualTo(2);

        Files.writeString(contracts, "{\"id\": \"WN-1\"}");
        Cli notArray = decide(cases);
        assertThat(notArray.exit()).isEqualTo(2);
        assertThat(notArray.err()).contains("JSON array");

        Files.writeString(contracts, "[{\"id\": \"A\", \"regime\": \"CONNECT_1\"}, {\"id\": \"A\", \"regime\": \"CONNECT_1\"}]");
        assertThat(decide(cases).exit()).isEqualTo(2);
    }
}
