package nl.contractrules.time;

import static nl.contractrules.time.TestCalendars.ALWAYS;
import static nl.contractrules.time.TestCalendars.CBG;
import static nl.contractrules.time.TestCalendars.MS;
import static nl.contractrules.time.TestCalendars.WN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static ZonedDateTime at(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ContractTime.ZONE);
    }

    private static ZonedDateTime cbg(String start, Duration d) {
        return CBG.addBusinessTime(at(start), d);
    }

    @Test
    void saturdayStartCountsFromMondayOpening() {
        // Saturday 7 March 2026
        assertThat(CBG.nextOpening(at("2026-03-07T10:00"))).isEqualTo(at("2026-03-09T08:30"));
        assertThat(cbg("2026-03-07T10:00", Duration.ofHours(1))).isEqualTo(at("2026-03-09T09:30"));
    }

    @Test
    void saturdayStartBeforeEasterMondayCountsFromTuesday() {
        assertThat(CBG.nextOpening(at("2025-04-19T10:00"))).isEqualTo(at("2025-04-22T08:30"));
    }

    @Test
    void openTimeEndsAtClosing() {
        // Friday 6 March 2026 16:00 + 4h = 1h Friday + 3h Monday
        assertThat(cbg("2026-03-06T16:00", Duration.ofHours(4))).isEqualTo(at("2026-03-09T11:30"));
    }

    @Test
    void deadlineExactlyOnClosingStaysThere() {
        assertThat(cbg("2026-03-09T16:00", Duration.ofHours(1))).isEqualTo(at("2026-03-09T17:00"));
        assertThat(cbg("2026-03-09T08:30", Duration.ofMinutes(510))).isEqualTo(at("2026-03-09T17:00"));
        assertThat(cbg("2026-03-09T08:30", Duration.ofMinutes(511))).isEqualTo(at("2026-03-10T08:31"));
    }

    @Test
    void zeroDurationIsNextOpeningOrStart() {
        assertThat(cbg("2026-03-09T10:15", Duration.ZERO)).isEqualTo(at("2026-03-09T10:15"));
        assertThat(cbg("2026-03-07T10:00", Duration.ZERO)).isEqualTo(at("2026-03-09T08:30"));
        assertThat(cbg("2026-03-09T17:00", Duration.ZERO)).isEqualTo(at("2026-03-10T08:30"));
        assertThat(cbg("2026-03-09T07:00", Duration.ZERO)).isEqualTo(at("2026-03-09T08:30"));
    }

    @Test
    void isOpenIsHalfOpen() {
        assertThat(CBG.isOpen(at("2026-03-09T08:29:59"))).isFalse();
        assertThat(CBG.isOpen(at("2026-03-09T08:30"))).isTrue();
        assertThat(CBG.isOpen(at("2026-03-09T16:59:59"))).isTrue();
        assertThat(CBG.isOpen(at("2026-03-09T17:00"))).isFalse();
        assertThat(CBG.isOpen(at("2026-05-14T10:00"))).isFalse(); // Hemelvaartsdag
        assertThat(WN.isOpen(at("2026-03-09T08:45"))).isFalse();
        assertThat(ALWAYS.isOpen(at("2026-12-25T03:00"))).isTrue();
    }

    @Test
    void businessDayExamples() {
        assertThat(CBG.businessDaysDue(at("2026-03-09T10:00"), 1)).isEqualTo(at("2026-03-10T17:00"));
        assertThat(CBG.businessDaysDue(at("2026-03-09T18:00"), 1)).isEqualTo(at("2026-03-11T17:00"));
        assertThat(CBG.businessDaysDue(at("2026-03-06T16:00"), 2)).isEqualTo(at("2026-03-10T17:00"));
        assertThat(CBG.businessDaysDue(at("2026-05-13T10:00"), 1)).isEqualTo(at("2026-05-15T17:00"));
    }

    @Test
    void businessDaysFromBeforeOpeningAndWeekend() {
        assertThat(CBG.businessDaysDue(at("2026-03-09T07:00"), 1)).isEqualTo(at("2026-03-10T17:00"));
        assertThat(CBG.businessDaysDue(at("2026-03-07T12:00"), 1)).isEqualTo(at("2026-03-10T17:00"));
        assertThat(CBG.businessDaysDue(at("2026-03-09T10:00"), 0)).isEqualTo(at("2026-03-09T17:00"));
        assertThat(ALWAYS.businessDaysDue(at("2026-03-09T10:00"), 1)).isEqualTo(at("2026-03-11T00:00"));
    }

    @Test
    void msBusinessIsWallClockAcrossDst() {
        // Friday 27 March 2026 (CET) 17:00 + 1h: 30 min Friday, 30 min Monday 30 March (CEST)
        ZonedDateTime due = MS.addBusinessTime(at("2026-03-27T17:00"), Duration.ofHours(1));
        assertThat(due).isEqualTo(at("2026-03-30T09:30"));
        assertThat(due.getOffset().getTotalSeconds()).isEqualTo(2 * 3600);
    }

    @Test
    void alwaysEqualsClockTimeAcrossDst() {
        ZonedDateTime spring = ZonedDateTime.parse("2026-03-28T22:00+01:00[Europe/Amsterdam]");
        assertThat(ALWAYS.addBusinessTime(spring, Duration.ofHours(8)))
                .isEqualTo(ZonedDateTime.parse("2026-03-29T07:00+02:00[Europe/Amsterdam]"));
        ZonedDateTime autumn = ZonedDateTime.parse("2026-10-24T22:00+02:00[Europe/Amsterdam]");
        assertThat(ALWAYS.addBusinessTime(autumn, Duration.ofHours(8)))
                .isEqualTo(ZonedDateTime.parse("2026-10-25T05:00+01:00[Europe/Amsterdam]"));
    }

    @Test
    void resultIsInCalendarZoneWhateverTheInputZone() {
        ZonedDateTime utc = ZonedDateTime.parse("2026-03-09T09:00Z"); // 10:00 CET
        ZonedDateTime due = CBG.addBusinessTime(utc, Duration.ofHours(1));
        assertThat(due.getZone()).isEqualTo(ContractTime.ZONE);
        assertThat(due).isEqualTo(at("2026-03-09T11:00"));
        assertThat(CBG.nextOpening(utc).getZone()).isEqualTo(ContractTime.ZONE);
    }

    /**
     * A long duration is a walk of one step per calendar day, never more: the walk fails the moment it looks at a
     * day twice, goes back or passes the last day the result can be on, so a walk that looped, or never ended,
     * fails here at once on any machine rather than hanging or merely taking long.
     */
    @Test
    void longDurationsWalkEachDayOnce() {
        ZonedDateTime start = at("2026-01-01T00:00");
        DaysOnce walk = new DaysOnce(LocalDate.of(2050, 12, 31));
        ZonedDateTime due = CBG.addBusinessTime(start, Duration.ofHours(8 * 250 * 20L), walk);
        assertThat(due.getYear()).isBetween(2040, 2050);
        assertThat(walk.days()).isEqualTo(ChronoUnit.DAYS.between(start.toLocalDate(), due.toLocalDate()) + 1);

        Duration hundredYears = Duration.ofDays(36525);
        ZonedDateTime end = ContractTime.plusClock(start, hundredYears);
        walk = new DaysOnce(end.toLocalDate());
        assertThat(ALWAYS.addBusinessTime(start, hundredYears, walk)).isEqualTo(end);
        // 1 January 2026 up to 1 January 2126, whose closing (midnight, 24:00) is the result
        assertThat(walk.days()).isEqualTo(ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate()));
    }

    /**
     * A walk that may look at each day up to {@code last} once, in order: one that looks at a day again, goes back or
     * passes {@code last} fails as it does so.
     */
    static final class DaysOnce implements BusinessCalendar.DayWalk {
        private final LocalDate last;
        private LocalDate previous;
        private long days;

        DaysOnce(LocalDate last) {
            this.last = last;
        }

        @Override
        public void looksAt(LocalDate day) {
            if (previous != null && !day.isAfter(previous)) {
                throw new AssertionError("the walk looked at " + day + " after " + previous);
            }
            if (day.isAfter(last)) {
                throw new AssertionError("the walk passed " + last + ": " + day);
            }
            previous = day;
            days++;
        }

        /** How many days the walk looked at. */
        long days() {
            return days;
        }
    }

    @Test
    void rejectsNegativeInputs() {
        assertThatThrownBy(() -> CBG.addBusinessTime(at("2026-03-09T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CBG.businessDaysDue(at("2026-03-09T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsBadConstruction() {
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        ZoneId zone = ContractTime.ZONE;
        assertThatThrownBy(() -> new BusinessCalendar("X", weekdays, LocalTime.of(17, 0), LocalTime.of(9, 0),
                HolidaySet.NONE, zone)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
        assertThatThrownBy(() -> new BusinessCalendar("X", Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0),
                HolidaySet.NONE, zone)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherZoneAndMidnightClosing() {
        BusinessCalendar evenings = new BusinessCalendar("EVE", EnumSet.of(DayOfWeek.SATURDAY),
                LocalTime.of(20, 0), LocalTime.MIDNIGHT, HolidaySet.NONE, ZoneId.of("UTC"));
        ZonedDateTime sat = ZonedDateTime.parse("2026-03-07T21:00Z[UTC]");
        assertThat(evenings.isBusinessDay(LocalDate.of(2026, 3, 7))).isTrue();
        assertThat(evenings.addBusinessTime(sat, Duration.ofHours(3)))
                .isEqualTo(ZonedDateTime.parse("2026-03-08T00:00Z[UTC]"));
        assertThat(evenings.addBusinessTime(sat, Duration.ofHours(4)))
                .isEqualTo(ZonedDateTime.parse("2026-03-14T21:00Z[UTC]"));
        assertThat(evenings.id()).isEqualTo("EVE");
    }
}
