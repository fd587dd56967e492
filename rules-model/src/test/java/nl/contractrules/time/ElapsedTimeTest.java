package nl.contractrules.time;

import static nl.contractrules.time.TestCalendars.ALWAYS;
import static nl.contractrules.time.TestCalendars.CBG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** COMMON.MET examples: elapsed business minutes in a calendar and elapsed clock minutes, as the rules call them. */
class ElapsedTimeTest {

    private static final BusinessTime TIME = new BusinessTime(TestCalendars.CALENDARS,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ContractTime.ZONE));

    private static ZonedDateTime t(String isoWithOffset) {
        return ZonedDateTime.parse(isoWithOffset);
    }

    private static long cbg(String from, String to) {
        return TIME.businessMinutesBetween(t(from), t(to), "CBG_OFFICE");
    }

    @Test
    void weekendIsNotCounted() {
        // Friday 20 Nov 2026 15:00 + 8 office hours = Monday 23 Nov 14:30 (2 h Friday, 6 h Monday)
        assertThat(cbg("2026-11-20T15:00+01:00", "2026-11-23T14:30+01:00")).isEqualTo(480);
        assertThat(cbg("2026-11-20T15:00+01:00", "2026-11-21T12:00+01:00")).isEqualTo(120);
        assertThat(cbg("2026-11-21T10:00+01:00", "2026-11-22T18:00+01:00")).isZero();
        assertThat(cbg("2026-11-21T10:00+01:00", "2026-11-23T09:00+01:00")).isEqualTo(30);
    }

    @Test
    void wholeMinutesRoundedDown() {
        assertThat(cbg("2026-11-20T15:00+01:00", "2026-11-23T14:29:59.999+01:00")).isEqualTo(479);
        assertThat(cbg("2026-11-23T09:00:30+01:00", "2026-11-23T09:01:29+01:00")).isZero();
        assertThat(TIME.clockMinutesBetween(t("2026-11-23T09:00:30+01:00"), t("2026-11-23T09:01:30+01:00")))
                .isEqualTo(1);
    }

    @Test
    void easterMondayIsNotCountedGoodFridayIs() {
        // Good Friday 3 April 2026 is a business day, Easter Monday 6 April is not
        assertThat(cbg("2026-04-03T16:00+02:00", "2026-04-07T11:30+02:00")).isEqualTo(240);
        assertThat(cbg("2026-04-06T09:00+02:00", "2026-04-06T16:00+02:00")).isZero();
        // Easter Monday 2025 is 21 April
        assertThat(cbg("2025-04-18T16:30+02:00", "2025-04-22T09:00+02:00")).isEqualTo(60);
    }

    @Test
    void otherHolidaysAreNotCounted() {
        // Hemelvaartsdag 14 May 2026; Christmas 25 and 26 December 2026
        assertThat(cbg("2026-05-13T14:00+02:00", "2026-05-15T13:30+02:00")).isEqualTo(480);
        assertThat(cbg("2026-12-24T12:00+01:00", "2026-12-28T11:30+01:00")).isEqualTo(480);
    }

    @Test
    void businessHoursAcrossBothDstChangesFollowTheWallClock() {
        // spring: Friday 27 March 2026 CET to Monday 30 March CEST
        assertThat(cbg("2026-03-27T13:00+01:00", "2026-03-30T12:30+02:00")).isEqualTo(480);
        assertThat(TIME.businessMinutesBetween(t("2026-03-27T17:00+01:00"), t("2026-03-30T09:30+02:00"), "MS_BUSINESS"))
                .isEqualTo(60);
        // autumn: Friday 23 October 2026 CEST to Monday 26 October CET
        assertThat(cbg("2026-10-23T16:00+02:00", "2026-10-26T09:30+01:00")).isEqualTo(120);
    }

    @Test
    void clockMinutesAcrossBothDstChangesAreRealTime() {
        // spring: the wall clock shows 9 hours, 8 have passed
        assertThat(TIME.clockMinutesBetween(t("2026-03-28T22:00+01:00"), t("2026-03-29T07:00+02:00"))).isEqualTo(480);
        // autumn: the wall clock shows 7 hours, 8 have passed
        assertThat(TIME.clockMinutesBetween(t("2026-10-24T22:00+02:00"), t("2026-10-25T05:00+01:00"))).isEqualTo(480);
        // the repeated hour: 02:30 summer time to 02:30 winter time
        assertThat(TIME.clockMinutesBetween(t("2026-10-25T02:30+02:00"), t("2026-10-25T02:30+01:00"))).isEqualTo(60);
        // Christmas is no exception for clock hours
        assertThat(TIME.clockMinutesBetween(t("2026-12-25T10:00+01:00"), t("2026-12-25T18:00+01:00"))).isEqualTo(480);
    }

    @Test
    void alwaysCountsTheRealLengthOfDstDays() {
        assertThat(TIME.businessMinutesBetween(t("2026-03-29T00:00+01:00"), t("2026-03-30T00:00+02:00"), "ALWAYS"))
                .isEqualTo(23 * 60);
        assertThat(TIME.businessMinutesBetween(t("2026-10-25T00:00+02:00"), t("2026-10-26T00:00+01:00"), "ALWAYS"))
                .isEqualTo(25 * 60);
        assertThat(ALWAYS.openTimeBetween(t("2026-03-28T22:00+01:00"), t("2026-03-29T07:00+02:00")))
                .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void exactToTheNanosecondAndZoneIndependent() {
        ZonedDateTime from = t("2026-11-23T09:00:00.000000001+01:00");
        assertThat(CBG.openTimeBetween(from, t("2026-11-23T10:00+01:00"))).isEqualTo(Duration.ofHours(1).minusNanos(1));
        // 08:00Z is 09:00 in Amsterdam
        assertThat(CBG.openTimeBetween(t("2026-11-23T08:00Z"), t("2026-11-23T10:00+01:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(ContractTime.clockTimeBetween(t("2026-11-23T08:00Z"), t("2026-11-23T10:00+01:00")))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void emptyIntervalIsZero() {
        ZonedDateTime at = t("2026-11-23T10:00+01:00");
        assertThat(TIME.businessMinutesBetween(at, at, "CBG_OFFICE")).isZero();
        assertThat(TIME.clockMinutesBetween(at, at)).isZero();
        assertThat(TIME.businessMinutesBetween(at, t("2026-11-23T09:00Z"), "CBG_OFFICE")).isZero();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        ZonedDateTime from = t("2026-11-23T10:00+01:00");
        ZonedDateTime to = t("2026-11-23T09:59:59+01:00");
        assertThatThrownBy(() -> TIME.businessMinutesBetween(from, to, "CBG_OFFICE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> TIME.clockMinutesBetween(from, to))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> TIME.businessMinutesBetween(from, to.plusHours(1), "NO_SUCH_CALENDAR"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A long interval is a walk of one step per calendar day, never more: the walk fails the moment it looks at a
     * day twice, goes back or passes the interval's end ({@link BusinessCalendarTest.DaysOnce}).
     */
    @Test
    void longIntervalsWalkEachDayOnce() {
        ZonedDateTime start = t("2026-01-01T00:00+01:00");
        ZonedDateTime end = start.plusYears(100);
        BusinessCalendarTest.DaysOnce walk = new BusinessCalendarTest.DaysOnce(end.toLocalDate());
        assertThat(ALWAYS.openTimeBetween(start, end, walk)).isEqualTo(ContractTime.clockTimeBetween(start, end));
        assertThat(walk.days()).isEqualTo(ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()));

        Duration twentyYears = Duration.ofHours(8 * 250 * 20L);
        ZonedDateTime due = CBG.addBusinessTime(start, twentyYears);
        walk = new BusinessCalendarTest.DaysOnce(due.toLocalDate());
        assertThat(CBG.openTimeBetween(start, due, walk)).isEqualTo(twentyYears);
        assertThat(walk.days()).isLessThanOrEqualTo(ChronoUnit.DAYS.between(start.toLocalDate(), due.toLocalDate()) + 1);
    }
}
