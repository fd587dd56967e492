package nl.contractrules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.Decision;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Json;
import nl.contractrules.model.AvailabilityFields;
import nl.contractrules.model.AvailabilityPeriod;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Outage;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * A month's availability in the report is the {@code availability} decision for that month's outages: the same
 * incidents, written as the outages of an availability case by hand (cut at the month's bounds), decided through
 * {@code ContractRules}, give the report's figures.
 */
class AvailabilityDecisionTest {
    private static final String CONTRACTS = """
            [ {"id": "K", "regime": "KPN_EEN", "tier": "PREMIUM"} ]""";

    @Test
    void eachMonthIsTheDecisionOnItsOutages() throws Exception {
        String cases = String.join("\n",
                incident("a", "2026-03-28T22:00:00+01:00", "2026-03-29T07:00:00+02:00", "PROVIDER"),
                incident("b", "2026-03-31T20:00:00+02:00", "2026-04-02T03:30:00+02:00", "PLANNED_MAINTENANCE"),
                incident("c", "2026-04-10T09:00:00+02:00", "2026-04-10T09:45:00+02:00", "NATIONAL_NETWORK"),
                incident("d", "2026-04-10T09:30:00+02:00", "2026-04-10T10:00:00+02:00", "PROVIDER"));
        MonthlyReport report = Reports.run(BulkContracts.of(Json.MAPPER.readTree(CONTRACTS), "contracts"),
                Reports.utf8(cases), ReportOptions.defaults());
        Contract k = Contract.of(Regime.KPN_EEN, Tier.PREMIUM).withId("K");
        MonthlyReport.ContractReport contract = report.contracts().get(0);
        assertThat(contract.months()).hasSize(2);

        ZonedDateTime march = t("2026-03-01T00:00:00+01:00");
        ZonedDateTime april = t("2026-04-01T00:00:00+02:00");
        ZonedDateTime may = t("2026-05-01T00:00:00+02:00");
        List<Outage> inMarch = List.of(
                new Outage(t("2026-03-28T22:00:00+01:00"), t("2026-03-29T07:00:00+02:00"), Cause.PROVIDER, false),
                new Outage(t("2026-03-31T20:00:00+02:00"), april, Cause.PLANNED_MAINTENANCE, false));
        List<Outage> inApril = new ArrayList<>(List.of(
                new Outage(april, t("2026-04-02T03:30:00+02:00"), Cause.PLANNED_MAINTENANCE, false),
                new Outage(t("2026-04-10T09:00:00+02:00"), t("2026-04-10T09:45:00+02:00"), Cause.NATIONAL_NETWORK,
                        false),
                new Outage(t("2026-04-10T09:30:00+02:00"), t("2026-04-10T10:00:00+02:00"), Cause.PROVIDER, false)));
        same(contract.months().get(0).availability(), decide(k, march, april, inMarch));
        same(contract.months().get(1).availability(), decide(k, april, may, inApril));
    }

    private static void same(MonthlyReport.AvailabilityFigure figure, Decision<AvailabilityPeriod> d) {
        assertThat(figure.percent()).isEqualByComparingTo(d.get(AvailabilityFields.AVAILABILITY_PERCENT));
        assertThat(figure.countedMinutes()).isEqualTo(d.get(AvailabilityFields.COUNTED_DOWNTIME_MINUTES));
        assertThat(figure.excludedMinutes()).isEqualTo(d.get(AvailabilityFields.EXCLUDED_DOWNTIME_MINUTES));
        assertThat(figure.targetPercent()).isEqualByComparingTo(d.get(AvailabilityFields.TARGET_PERCENT));
        assertThat(figure.met()).isEqualTo(d.get(AvailabilityFields.MET));
        assertThat(figure.citations()).isEqualTo(d.citations());
    }

    private static Decision<AvailabilityPeriod> decide(Contract contract, ZonedDateTime from, ZonedDateTime to,
            List<Outage> outages) {
        return Reports.RULES.decide(contract, new AvailabilityPeriod(from, to, outages));
    }

    private static ZonedDateTime t(String text) {
        return ZonedDateTime.parse(text);
    }

    private static String incident(String id, String start, String end, String cause) {
        return "{\"id\": \"" + id + "\", \"contract\": \"K\", \"kind\": \"incident\", \"input\": {\"reportedAt\": \""
                + start + "\", \"cause\": \"" + cause + "\", \"service\": \"VOIP\", \"description\": \"storing\", "
                + "\"location\": \"Deventer\", \"resolvedAt\": \"" + end + "\"}}";
    }
}
