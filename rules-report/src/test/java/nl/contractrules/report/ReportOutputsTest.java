package nl.contractrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report over {@code examples/bulk}: the HTML (parsed) shows every contract's months with the same numbers as the
 * JSON figures, the pictures and the missed targets; the CSV has the same figures; the page needs nothing outside it.
 */
class ReportOutputsTest {
    private static MonthlyReport report;
    private static JsonNode json;
    private static Document html;

    @BeforeAll
    static void run() throws IOException {
        report = Reports.examples();
        json = Reports.json(report);
        html = Jsoup.parse(Reports.html(report));
    }

    @Test
    void everyContractOfTheExamplesHasItsMonths() {
        assertThat(json.path("months")).extracting(JsonNode::asText)
                .containsExactly("2026-07", "2026-08", "2026-09", "2026-10", "2026-11");
        List<String> contracts = new ArrayList<>();
        json.path("contracts").forEach(c -> contracts.add(c.path("contract").asText()));
        assertThat(contracts).containsExactly("C-1001", "C1-EXAMPLE", "EX-MS-1", "EX-WN-1", "KPN-EXAMPLE");
        assertThat(html.select("section.contract[data-contract]")).hasSize(contracts.size());
    }

    @Test
    void theHtmlTablesShowTheJsonFigures() {
        int checked = 0;
        for (JsonNode contract : json.path("contracts")) {
            Element section = html.selectFirst("section.contract[data-contract=" + contract.path("contract").asText()
                    + "]");
            assertThat(section).isNotNull();
            for (JsonNode month : contract.path("months")) {
                String m = month.path("month").asText();
                Element incidents = section.selectFirst("table.incidents tr[data-month=" + m + "]");
                Element targets = section.selectFirst("table.targets tr[data-month=" + m + "]");
                assertThat(number(incidents, "incidents")).isEqualTo(month.path("incidents").asLong());
                assertThat(number(incidents, "open")).isEqualTo(month.path("open").asLong());
                JsonNode classes = month.path("availabilityClass");
                for (String c : List.of("unavailable", "incident", "excluded", "unclassified")) {
                    assertThat(number(incidents, c)).as(m + " " + c).isEqualTo(classes.path(c).asLong());
                }
                for (String target : List.of("response", "repair")) {
                    for (String verdict : List.of("met", "missed", "notMeasured", "noTarget")) {
                        String column = target + Character.toUpperCase(verdict.charAt(0)) + verdict.substring(1);
                        assertThat(number(targets, column)).as(m + " " + column)
                                .isEqualTo(month.path(target).path(verdict).asLong());
                    }
                }
                JsonNode a = month.path("availability");
                if (a.path("decided").asBoolean()) {
                    assertThat(new BigDecimal(cell(targets, "availabilityPercent")))
                            .isEqualByComparingTo(a.path("availabilityPercent").decimalValue());
                    assertThat(new BigDecimal(cell(targets, "targetPercent")))
                            .isEqualByComparingTo(a.path("targetPercent").decimalValue());
                    assertThat(number(targets, "countedDowntimeMinutes"))
                            .isEqualTo(a.path("countedDowntimeMinutes").asLong());
                    assertThat(number(targets, "excludedDowntimeMinutes"))
                            .isEqualTo(a.path("excludedDowntimeMinutes").asLong());
                    assertThat(cell(targets, "verdict")).isEqualTo(a.path("met").asBoolean() ? "met" : "BELOW");
                } else {
                    assertThat(cell(targets, "availabilityPercent")).isEqualTo("–");
                }
                checked++;
            }
            List<String> listed = section.select("table.missed tbody tr td:first-child").eachText();
            List<String> missed = new ArrayList<>();
            contract.path("missedTargets").forEach(t -> missed.add(t.path("id").asText()));
            assertThat(listed).isEqualTo(missed);
        }
        assertThat(checked).isEqualTo(5 * 5);
    }

    @Test
    void thePicturesAndTheMissedTargetsAreThere() {
        assertThat(html.select("svg#overview rect.f-below")).isNotEmpty();
        assertThat(html.select("section.contract svg[id$=-availability]")).hasSize(3);
        assertThat(html.select("section.contract svg[id$=-targets]")).hasSize(5);
        Element kpn = html.selectFirst("section.contract[data-contract=KPN-EXAMPLE]");
        assertThat(kpn.select("table.missed tbody tr td:first-child").eachText())
                .containsExactly("voip-down-repaired-next-afternoon");
        assertThat(kpn.selectFirst("table.missed td.over").text()).isEqualTo("450");
        Element ms = html.selectFirst("section.contract[data-contract=EX-MS-1]");
        assertThat(ms.select("table.missed tbody tr td:first-child").eachText()).containsExactly("slow-first-response");
        assertThat(html.select("table.bad-lines tbody tr")).hasSize(8);
    }

    @Test
    void thePageNeedsNothingOutsideIt() {
        assertThat(html.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(html.select("[src]")).isEmpty();
        assertThat(html.select("a[href]").eachAttr("href")).allSatisfy(href -> assertThat(href).startsWith("#"));
        assertThat(html.select("style").html()).doesNotContain("@import").doesNotContain("http");
    }

    @Test
    void theCsvHasTheJsonFigures() throws IOException {
        StringWriter out = new StringWriter();
        ReportCsv.write(report, out);
        String[] rows = out.toString().split("\r\n");
        List<String> columns = List.of(rows[0].split(",", -1));
        assertThat(columns).isEqualTo(ReportCsv.columns());
        int row = 1;
        for (JsonNode contract : json.path("contracts")) {
            for (JsonNode month : contract.path("months")) {
                List<String> cells = List.of(rows[row++].split(",", -1));
                assertThat(cells.get(columns.indexOf("contract"))).isEqualTo(contract.path("contract").asText());
                assertThat(cells.get(columns.indexOf("month"))).isEqualTo(month.path("month").asText());
                assertThat(cells.get(columns.indexOf("incidents"))).isEqualTo(month.path("incidents").asText());
                assertThat(cells.get(columns.indexOf("repairMissed")))
                        .isEqualTo(month.path("repair").path("missed").asText());
                assertThat(cells.get(columns.indexOf("responseMissed")))
                        .isEqualTo(month.path("response").path("missed").asText());
                JsonNode a = month.path("availability");
                String percent = cells.get(columns.indexOf("availabilityPercent"));
                if (a.path("decided").asBoolean()) {
                    assertThat(new BigDecimal(percent)).isEqualByComparingTo(a.path("availabilityPercent").decimalValue());
                    assertThat(cells.get(columns.indexOf("countedDowntimeMinutes")))
                            .isEqualTo(a.path("countedDowntimeMinutes").asText());
                } else {
                    assertThat(percent).isEmpty();
                }
            }
        }
        assertThat(rows).hasSize(row);
    }

    private static String cell(Element row, String column) {
        return row.selectFirst("td." + column).text();
    }

    private static long number(Element row, String column) {
        return Long.parseLong(cell(row, column));
    }
}
