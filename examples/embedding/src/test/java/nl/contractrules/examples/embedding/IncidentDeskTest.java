package nl.contractrules.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.Regime;
import nl.contractrules.model.ServiceWindow;
import nl.contractrules.model.Tier;
import nl.contractrules.tests.DecisionAssert;
import nl.contractrules.tests.OutcomeAssert;
import org.junit.jupiter.api.Test;

/** KPN EEN Standaard repairs a fault within 8 office hours; a report names the problem and the location. */
class IncidentDeskTest {
    private static final ContractRules RULES = ContractRules.bundled();
    private static final IncidentDesk DESK = new IncidentDesk(RULES);
    private static final Contract STANDAARD = Contract.of(Regime.KPN_EEN, Tier.STANDAARD);
    private static final ZonedDateTime FRIDAY_AFTERNOON = ZonedDateTime.parse("2026-11-20T15:00:00+01:00");

    private static Incident fault(ZonedDateTime reportedAt) {
        return Incident.builder(reportedAt).description("Wachtrij werkt niet").location("Kantoor Deventer").build();
    }

    @Test
    void aFaultReportedOnFridayAfternoonIsRepairedByMondayAfternoon() {
        assertThat(DESK.repairDue(STANDAARD, fault(FRIDAY_AFTERNOON)))
                .isEqualTo(ZonedDateTime.parse("2026-11-23T14:30:00+01:00"));
    }

    @Test
    void theDecisionSaysWhichRulesDecidedIt() {
        DecisionAssert.assertThat(RULES.decide(STANDAARD, fault(FRIDAY_AFTERNOON)))
                .has(IncidentFields.SERVICE_WINDOW, ServiceWindow.OFFICE_HOURS)
                .has(IncidentFields.HANDLED_FROM, FRIDAY_AFTERNOON)
                .firedRule("KPN.RT.1");
    }

    @Test
    void aReportWithoutItsLocationIsRejectedNamingTheField() {
        Incident withoutLocation = Incident.builder(FRIDAY_AFTERNOON).description("Wachtrij werkt niet").build();

        OutcomeAssert.assertThat(RULES.evaluate(STANDAARD, withoutLocation)).isRejectedFor("location");
    }
}
