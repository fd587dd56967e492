package nl.contractrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The timeline of {@code examples/kpn-een.json}'s {@code friday-fault-resolved-monday} (KPN EEN Standaard: repair in
 * less than 8 office hours, CBG_OFFICE Mon–Fri 08:30–17:00): the weekend lies outside the window, the clock runs
 * Friday 15:00–17:00 and Monday from 08:30, and the repair deadline is on Monday at 14:30.
 */
class TimelineTest {
    @Test
    void theWeekendIsOutsideTheWindowAndTheDeadlineOnMonday() {
        ContractRules rules = Reports.RULES;
        Scenario scenario = Scenario.read(Path.of("../examples/kpn-een.json"));
        List<ScenarioRunner.Result> results = new ScenarioRunner(rules).run(scenario);
        CaseHtml.FileView file = CaseHtml.file(rules, Holidays.bundled(), scenario, results);
        StringWriter out = new StringWriter();
        CaseHtml.writeCases(List.of(file), out);
        Document page = Jsoup.parse(out.toString());

        Element timeline = page.selectFirst("div.timeline[data-case=friday-fault-resolved-monday]");
        assertThat(timeline).isNotNull();
        assertThat(timeline.select("g.day").eachAttr("data-date"))
                .containsExactly("2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23");
        for (String weekend : List.of("2026-11-21", "2026-11-22")) {
            Element day = timeline.selectFirst("g.day[data-date=" + weekend + "]");
            assertThat(day.hasClass("closed")).isTrue();
            assertThat(day.select("rect.clock")).isEmpty();
            assertThat(day.select("text.day-note").eachText()).containsExactly("weekend", "outside the window");
        }
        Element friday = timeline.selectFirst("g.day[data-date=2026-11-20]");
        assertThat(friday.select("rect.clock title").eachText()).containsExactly("repair clock runs 15:00–17:00");
        assertThat(friday.selectFirst("text.counted").text()).isEqualTo("120 min");
        Element monday = timeline.selectFirst("g.day[data-date=2026-11-23]");
        assertThat(monday.select("rect.clock title").eachText()).containsExactly("repair clock runs 08:30–17:00");
        assertThat(monday.selectFirst("text.counted").text()).isEqualTo("90 min");
        assertThat(monday.select("g.marker[data-kind=repair-deadline] text").eachText())
                .containsExactly("D repair deadline 14:30");
        assertThat(monday.select("g.marker[data-kind=resolved] text").eachText()).containsExactly("✓ resolved 10:00");
        assertThat(timeline.select("g.marker[data-kind=repair-deadline]")).hasSize(1);
        assertThat(timeline.select("table.moments td").eachText())
                .contains("repair target met: 210 min counted", "the repair target allows 480 min, as it counts");
    }

    @Test
    void aHolidayIsMarked() {
        Holidays holidays = Holidays.bundled();
        assertThat(holidays.on(java.time.LocalDate.parse("2026-12-25"))).contains("NL_COMMON");
        assertThat(holidays.on(java.time.LocalDate.parse("2026-12-24"))).isEmpty();
    }
}
