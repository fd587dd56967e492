package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Input beyond the bounds of docs/limits.md is bad input naming the field and the value, never a crash. */
class InputBoundsTest {
    private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-21T10:00:00+01:00");
    private static final LocalDate TODAY = NOW.toLocalDate();

    private static void refused(ThrowingCallable construction, String field, String value) {
        assertThatThrownBy(construction).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(field + ": ").hasMessageContaining(value)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo(field);
    }

    @Test
    void countsAboveTheBoundAreRefusedNamingTheField() {
        refused(() -> new DowngradeRequest(DowngradeProduct.REGULAR, 100_000_000, 1, null), "countAtStart",
                "100000000");
        refused(() -> new DowngradeRequest(DowngradeProduct.REGULAR, 5, 2_000_000_000, null), "requestedCount",
                "2000000000");
        refused(() -> new NamedContacts(Integer.MAX_VALUE), "namedContacts", "2147483647");
        refused(() -> new TrainingRequest(2_000_000_000, 1), "participants", "2000000000");
        refused(() -> new SupportEvent(TODAY, TODAY, TODAY, 1_000_000), "solutions", "1000000");
    }

    @Test
    void fewerThanOneLicenceIsBadInput() {
        refused(() -> new DowngradeRequest(DowngradeProduct.REGULAR, 0, 0, null), "countAtStart", "0");
    }

    @Test
    void minutesAboveTheBoundAreRefused() {
        refused(() -> new FairUseMeasurement(FairUseMeasure.SUPPORT_TIME, 2_000_000_000, 10), "organisationMinutes",
                "2000000000");
        refused(() -> new FairUseMeasurement(FairUseMeasure.SUPPORT_TIME, 10, 2_000_000_000), "averageMinutes",
                "2000000000");
        refused(() -> new WorkItem(WorkCategory.GENERAL, Integer.MAX_VALUE, null, null, false), "expectedMinutes",
                "2147483647");
        refused(() -> new WorkItem(WorkCategory.GENERAL, 10, Limits.MAX_MINUTES + 1, null, false), "actualMinutes",
                "10000001");
    }

    @Test
    void theBoundsThemselvesAreAccepted() {
        new DowngradeRequest(DowngradeProduct.REGULAR, Limits.MAX_COUNT, Limits.MAX_COUNT, null);
        new TrainingRequest(Limits.MAX_PARTICIPANTS, 4);
        new FairUseMeasurement(FairUseMeasure.SUPPORT_TIME, Limits.MAX_MINUTES, Limits.MAX_MINUTES);
        new Contract("", Regime.CONNECT_1, null, LocalDate.of(Limits.LAST_YEAR, 12, 31), Limits.MAX_TERM_MONTHS,
                Limits.MAX_AMOUNT, null);
        Incident.builder(ZonedDateTime.parse("1900-01-01T00:00:00+01:00"))
                .respondedAt(ZonedDateTime.parse("2150-12-31T23:59:59+01:00")).resolvedAt(NOW.withYear(2150)).build();
    }

    @Test
    void datesOutsideTheCalendarsYearsAreRefused() {
        refused(() -> Incident.of(ZonedDateTime.parse("9999-12-31T23:00:00+01:00")), "reportedAt", "9999");
        refused(() -> Incident.of(ZonedDateTime.parse("+999999999-12-31T23:00:00-18:00")), "reportedAt",
                "+999999999");
        refused(() -> Incident.of(ZonedDateTime.parse("1899-12-31T23:59:59+01:00")), "reportedAt", "1899");
        refused(() -> new ChangeRequest(NOW.withYear(2151), ChangeType.HELP), "receivedAt", "2151");
        refused(() -> new TerminationNotice(LocalDate.of(9999, 1, 1), TerminationScope.SUBSCRIPTION, null, null),
                "noticeDate", "9999-01-01");
        refused(() -> new TerminationNotice(TODAY, TerminationScope.SUBSCRIPTION, LocalDate.MAX, null),
                "requestedEndDate", "+999999999");
        refused(() -> new PeriodQuery(PeriodKind.values()[0], LocalDate.MIN), "from", "-999999999");
        refused(() -> new WarrantyClaim(WarrantyItem.values()[0], LocalDate.of(1, 1, 1)), "deliveredOn", "0001");
        refused(() -> new Contract("", Regime.CONNECT_1, null, LocalDate.of(2151, 1, 1), null, null, null),
                "contract.start", "2151");
        refused(() -> new Outage(NOW, NOW.withYear(3000), null, null), "outages.end", "3000");
        refused(() -> Incident.builder(NOW).respondedAt(NOW.withYear(2151)).build(), "respondedAt", "2151");
        refused(() -> Incident.builder(NOW).resolvedAt(ZonedDateTime.parse("+999999999-12-31T23:00:00-18:00"))
                .build(), "resolvedAt", "+999999999");
    }

    @Test
    void contractTermsAndAmountsHaveBounds() {
        refused(() -> new Contract("", Regime.CONNECT_1, null, null, 100_000, null, null), "contract.termMonths",
                "100000");
        refused(() -> new Contract("", Regime.CONNECT_1, null, null, null, new BigDecimal("1e999999999"), null),
                "contract.monthlyFee", "E+999999999");
        refused(() -> new UsageCase(new BigDecimal("1e-999999999"), BigDecimal.ONE, BigDecimal.TEN), "costs",
                "E-999999999");
        refused(() -> new CreditConversion(new BigDecimal("0.0000001"), false), "value", "0.0000001");
    }

    @Test
    void aCountryIsAnAssignedIso3166Code() {
        refused(() -> new DeliveryLocation("XX"), "country", "XX");
        refused(() -> new DeliveryLocation("Japan"), "country", "JAPAN");
        assertThat(new DeliveryLocation(" jp ").country()).isEqualTo("JP");
    }

    @Test
    void anOutageThatStartsAfterTheReportIsBadInput() {
        refused(() -> Incident.builder(NOW).outageStart(NOW.plusMinutes(1)).build(), "outageStart",
                "2026-11-21T10:01");
    }

    @Test
    void aNullEntryInAListIsNamedByItsPosition() {
        refused(() -> new AvailabilityPeriod(NOW, NOW.plusDays(1), Arrays.asList(new Outage(NOW, NOW, null, null),
                null)), "outages[1]", "required");
        refused(() -> new DocumentConflict(Arrays.asList("a", null), null, null), "documents[1]", "required");
        refused(() -> new Contract("", Regime.KPN_EEN, Tier.PREMIUM, null, null, null,
                new HashSet<>(Arrays.asList((ContractOption) null))), "contract.options", "null");
    }

    @Test
    void theBoundsLeaveRoomBeforeTheCalendarsEnd() {
        assertThat(LocalDate.of(Limits.LAST_YEAR, 12, 31).plusMonths(Limits.MAX_TERM_MONTHS).getYear())
                .isLessThanOrEqualTo(2199);
    }
}
