package nl.contractrules.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.TerminationNotice;
import nl.contractrules.model.TerminationScope;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * The fields a regime requires beyond the inputs every regime requires (docs/scenarios.md, "Fields a regime
 * requires"): each is rejected naming the field, with the message the table gives, when decided by the bundled rules
 * and by the same files compiled from DRL, and {@code decide} throws it with the same message.
 */
class RequiredFieldsTest {
    private static final Path SCENARIOS_DOC = Path.of("../docs/scenarios.md");
    private static final ZonedDateTime FRIDAY = ZonedDateTime.parse("2026-11-20T15:00:00+01:00");
    private static final LocalDate NOTICE = LocalDate.parse("2026-11-20");
    private static final LocalDate START = LocalDate.parse("2025-01-01");
    private static final String FAULT_REPORT = "a fault report needs at least a problem description and the location";

    /** A case missing a field its regime requires, the field named and the message after it. */
    private record Missing(Contract contract, CaseInput input, String field, String message) {
    }

    private static final List<Missing> MISSING = List.of(
            new Missing(Contract.of(Regime.CONNECT_1),
                    Incident.builder(FRIDAY).location("Kantoor Deventer").build(), "description", FAULT_REPORT),
            new Missing(Contract.of(Regime.CONNECT_1),
                    Incident.builder(FRIDAY).description("Wachtrij werkt niet").build(), "location", FAULT_REPORT),
            new Missing(Contract.of(Regime.KPN_EEN, Tier.STANDAARD),
                    Incident.builder(FRIDAY).location("Kantoor Deventer").build(), "description", FAULT_REPORT),
            new Missing(Contract.of(Regime.KPN_EEN, Tier.STANDAARD),
                    Incident.builder(FRIDAY).description("Wachtrij werkt niet").build(), "location", FAULT_REPORT),
            new Missing(Contract.of(Regime.MICROSOFT_UNIFIED, Tier.ADVANCED), Incident.of(FRIDAY), "severity",
                    "is required for a Microsoft Unified incident: Microsoft assigns SEV_1, SEV_A, SEV_B or SEV_C "
                            + "from the business impact"),
            new Missing(Contract.of(Regime.CONNECT_1), TerminationNotice.of(NOTICE, TerminationScope.CONTRACT),
                    "contract.start", "is required"),
            new Missing(Contract.of(Regime.CONNECT_1).withStart(START),
                    TerminationNotice.of(NOTICE, TerminationScope.SERVICE), "serviceAvailableSince", "is required"),
            new Missing(Contract.of(Regime.KPN_EEN, Tier.STANDAARD).withTermMonths(36),
                    TerminationNotice.of(NOTICE, TerminationScope.CONTRACT), "contract.start", "is required"),
            new Missing(Contract.of(Regime.KPN_EEN, Tier.STANDAARD).withStart(START),
                    TerminationNotice.of(NOTICE, TerminationScope.CONTRACT), "contract.termMonths", "is required"));

    @Test
    void aMissingRequiredFieldIsRejectedNamingItOnBothCompilePaths() {
        for (ContractRules rules : List.of(ScenarioFilesTest.BUNDLED, ScenarioFilesTest.FROM_DRL)) {
            for (Missing missing : MISSING) {
                Outcome outcome = rules.evaluate(missing.contract(), missing.input());
                String expected = missing.field() + ": " + missing.message();

                assertThat(outcome).as("%s", missing).isInstanceOfSatisfying(Rejection.InvalidInput.class, r -> {
                    assertThat(r.field()).isEqualTo(missing.field());
                    assertThat(r.message()).isEqualTo(expected);
                });
                assertThatThrownBy(() -> rules.decide(missing.contract(), missing.input())).as("%s", missing)
                        .isInstanceOf(InvalidInputException.class).hasMessage(expected);
            }
        }
    }

    @Test
    void theDocsListEveryRequiredFieldWithItsMessage() throws IOException {
        List<String[]> rows = table();
        for (Missing missing : MISSING) {
            assertThat(rows).as("a row for %s of %s", missing.field(), missing.contract().regime())
                    .anySatisfy(row -> {
                        assertThat(row[0]).contains("`" + missing.contract().regime() + "`");
                        assertThat(row[1]).contains("`" + missing.input().kind().jsonName() + "`");
                        assertThat(row[2]).contains("`" + missing.field() + "`");
                        assertThat(row[4]).isEqualTo(missing.message());
                    });
        }
        for (String[] row : rows) {
            assertThat(MISSING).as("a case for the row %s", String.join(" | ", row)).anySatisfy(missing -> {
                assertThat(row[0]).contains("`" + missing.contract().regime() + "`");
                assertThat(row[2]).contains("`" + missing.field() + "`");
            });
        }
    }

    /** The cells of the rows of the table under "Fields a regime requires". */
    private static List<String[]> table() throws IOException {
        List<String> lines = Files.readAllLines(SCENARIOS_DOC);
        int header = lines.indexOf("| regime | kind | required | rule | message |");
        assertThat(header).isPositive();
        List<String[]> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            String[] row = new String[cells.length - 1];
            for (int c = 1; c < cells.length; c++) {
                row[c - 1] = cells[c].strip();
            }
            rows.add(row);
        }
        return rows;
    }
}
