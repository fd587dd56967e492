package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.contractrules.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report} on {@code examples/bulk}: the HTML file, the same figures as JSON and CSV, the bad lines never
 * fatal (exit 1, the report written), one incident's timeline with {@code --case}, and {@code evaluate --format html}.
 */
class ReportCommandTest {
    private static final String CONTRACTS = "../examples/bulk/contracts.json";
    private static final String CASES = "../examples/bulk/cases.jsonl";

    @TempDir
    Path dir;

    @Test
    void writesTheReportAndItsFigures() throws Exception {
        Path html = dir.resolve("report.html");
        Cli run = Cli.run("report", "--quiet", "--contracts", CONTRACTS, CASES, "--out", html);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("60 lines read: 25 incidents, 27 other cases, 8 bad lines; 5 contracts over 5 months");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Appendix: bad lines");

        Cli json = Cli.run("report", "--quiet", "--format", "json", "--contracts", CONTRACTS, CASES);
        JsonNode figures = Json.MAPPER.readTree(json.out());
        assertThat(figures.path("contracts")).hasSize(5);
        assertThat(figures.path("totals").path("rejected").asLong()).isEqualTo(8);

        Cli csv = Cli.run("report", "--quiet", "--format", "csv", "--from", "2026-10", "--to", "2026-11",
                "--contracts", CONTRACTS, CASES);
        assertThat(csv.out().split("\r\n")).hasSize(1 + 5 * 2);
    }

    @Test
    void drawsOneIncidentsTimeline() throws Exception {
        Path page = dir.resolve("timeline.html");
        Cli run = Cli.run("report", "--case", "friday-fault-resolved-monday", "--contracts", CONTRACTS, CASES,
                "--out", page);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(page)).contains("Timeline of incident friday-fault-resolved-monday")
                .contains("repair deadline 14:30");

        Cli missing = Cli.run("report", "--case", "no-such-case", "--contracts", CONTRACTS, CASES);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no case with id no-such-case");
        Cli work = Cli.run("report", "--case", "zapper-question", "--contracts", CONTRACTS, CASES);
        assertThat(work.exit()).isEqualTo(2);
        assertThat(work.err()).contains("only an incident has a timeline");
    }

    @Test
    void refusesMonthsTheWrongWayRound() {
        Cli run = Cli.run("report", "--from", "2026-11", "--to", "2026-10", "--contracts", CONTRACTS, CASES);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--to 2026-10 is before --from 2026-11");
    }

    @Test
    void evaluateDrawsAPageWithTheTimelines() {
        Cli run = Cli.run("evaluate", "--format", "html", "../examples/kpn-een.json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>")
                .contains("data-case=\"friday-fault-resolved-monday\"").contains("<svg");
    }
}
