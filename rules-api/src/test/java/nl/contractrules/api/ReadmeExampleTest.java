package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.contractrules.model.Citation;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import nl.contractrules.model.Citation;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.Tier;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.Test;

/** The README's embedding example compiles and runs, and the README shows it as it is here, word for word. */
class ReadmeExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/nl/contractrules/api/ReadmeExampleTest.java");
    private static final Path README = Path.of("../README.md");

    @Test
    void theReadmeExampleDecides() {
        // README begin
        ContractRules rules = ContractRules.bundled();          // load once (compiled by the build), share: thread-safe
        Contract contract = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS).withId("C-1001")
                .withStart(LocalDate.parse("2025-01-01")).withTermMonths(36).withMonthlyFee(new BigDecimal("12.50"));
        Incident incident = Incident.builder(ZonedDateTime.parse("2026-11-21T10:00:00+01:00"))
                .allUsersAffected(true).build();                // name only the inputs the case has

        Decision<Incident> d = rules.decide(contract, incident); // throws InvalidInputException on bad input
        ZonedDateTime from = d.get(IncidentFields.HANDLED_FROM);  // typed: 2026-11-23T08:30+01:00[Europe/Amsterdam]
        List<RuleId> ids = d.rules();                            // the rulebook IDs that decided it, sorted by ID
        List<Citation> citations = d.citations();                // seed document and section of each ID

        Outcome<WorkItem> outcome = rules.evaluate(contract, WorkItem.of(WorkCategory.GENERAL, 40)); // never throws
        if (outcome instanceof Rejection<WorkItem> r) {          // a Decision, or a Rejection saying why not
            System.out.println((r.inputError() ? "bad input: " : "rule set fails: ") + r.message());
        }
        // README end

        assertThat(from).isEqualTo(ZonedDateTime.parse("2026-11-23T08:30+01:00[Europe/Amsterdam]"));
        assertThat(ids).contains(RuleId.of("CS365.PR.1")).isSorted();
        assertThat(citations).extracting(Citation::id).containsExactlyElementsOf(ids);
        assertThat(outcome).isInstanceOf(Decision.class);
    }

    @Test
    void theReadmeShowsTheExampleVerbatim() throws IOException {
        assertThat(Files.readString(README)).contains(example());
    }

    /** The lines between the markers above, without the method body's indentation. */
    private static String example() throws IOException {
        List<String> lines = Files.readAllLines(SOURCE);
        int begin = lines.indexOf("        // README begin");
        int end = lines.indexOf("        // README end");
        assertThat(begin).isPositive();
        assertThat(end).isGreaterThan(begin);
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(begin + 1, end)) {
            text.append(line.length() >= 8 ? line.substring(8) : line.strip()).append('\n');
        }
        return text.toString();
    }
}
