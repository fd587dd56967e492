package nl.contractrules.examples.embedding;

import static nl.contractrules.tests.DecisionAssert.assertThat;

import java.time.ZonedDateTime;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.Contract;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.Regime;
import nl.contractrules.model.ServiceWindow;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;

/** Connect Secure 365 BASIS handles incidents during CBG's office hours. */
class IncidentDeskTest {
    private static final IncidentDesk DESK = new IncidentDesk(ContractRules.bundled());
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);

    @Test
    void anIncidentReportedAtFridayClosingIsHandledFromMondayMorning() {
        assertThat(DESK.decide(BASIS, ZonedDateTime.parse("2026-11-20T17:00:00+01:00")))
                .has(IncidentFields.SERVICE_WINDOW, ServiceWindow.OFFICE_HOURS)
                .has(IncidentFields.HANDLED_FROM, ZonedDateTime.parse("2026-11-23T08:30:00+01:00"))
                .has(IncidentFields.PRIORITY_RANK, 2)
                .firedRule("CS365.SW.2");
    }

    @Test
    void anIncidentReportedDuringOfficeHoursIsHandledAtOnce() {
        ZonedDateTime tuesdayMorning = ZonedDateTime.parse("2026-11-24T10:00:00+01:00");

        assertThat(DESK.decide(BASIS, tuesdayMorning)).has(IncidentFields.HANDLED_FROM, tuesdayMorning);
    }
}
