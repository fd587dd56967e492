package nl.contractrules.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Properties of COMMON.BH / COMMON.BD / COMMON.MET arithmetic over the production calendars and random
 * calendars (random days, quarter-hour opening hours outside the 02:00-03:00 DST hour, with or
 * without NL_COMMON), starting from random instants (2024-2030, often on quarter hours so that
 * openings and closings are hit exactly, including DST days).
 */
class BusinessTimePropertiesTest {

    /** A calendar together with its definition, so the properties can check results independently. */
    record Cal(BusinessCalendar calendar, Set<DayOfWeek> days, LocalTime opens, LocalTime closes, HolidaySet holidays) {
        static Cal of(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, HolidaySet holidays) {
            return new Cal(new BusinessCalendar("RANDOM", days, opens, closes, holidays, ContractTime.ZONE),
                    days, opens, closes, holidays);
        }

        boolean businessDay(LocalDate d) {
            return days.contains(d.getDayOfWeek()) && !holidays.isHoliday(d);
        }

        /** Open by wall-clock definition: local time in [opens, closes) on a business day. */
        boolean openByWallClock(ZonedDateTime t) {
            LocalDateTime local = ContractTime.local(t).toLocalDateTime();
            LocalTime time = local.toLocalTime();
            return businessDay(local.toLocalDate()) && !time.isBefore(opens)
                    && (closes.equals(LocalTime.MIDNIGHT) || time.isBefore(closes));
        }

        /** The business day whose closing time is {@code t}, or null when {@code t} is no closing time. */
        LocalDate closingDayOf(ZonedDateTime t) {
            LocalDateTime local = ContractTime.local(t).toLocalDateTime();
            LocalDate day = closes.equals(LocalTime.MIDNIGHT) ? local.toLocalDate().minusDays(1) : local.toLocalDate();
            return local.toLocalTime().equals(closes) && businessDay(day) ? day : null;
        }

        @Override
        public String toString() {
            return calendar.toString();
        }
    }

    @Provide
    Arbitrary<Cal> calendars() {
        HolidaySet nl = TestCalendars.NL_COMMON;
        Arbitrary<Cal> production = Arbitraries.of(
                new Cal(TestCalendars.CBG, weekdays(), LocalTime.of(8, 30), LocalTime.of(17, 0), nl),
                new Cal(TestCalendars.WN, weekdays(), LocalTime.of(9, 0), LocalTime.of(17, 0), nl),
                new Cal(TestCalendars.MS, weekdays(), LocalTime.of(9, 0), LocalTime.of(17, 30), nl),
                new Cal(TestCalendars.ALWAYS, Set.of(DayOfWeek.values()), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                        HolidaySet.NONE));
        Arbitrary<Integer> quarter = Arbitraries.integers().between(0, 96).filter(q -> q / 4 != 2);
        Arbitrary<Cal> random = Combinators.combine(
                        Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1),
                        quarter, quarter, Arbitraries.of(nl, HolidaySet.NONE))
                .filter((days, a, b, h) -> !a.equals(b))
                .as((days, a, b, h) -> Cal.of(days, quarterTime(Math.min(a, b)), quarterTime(Math.max(a, b)), h));
        return Arbitraries.oneOf(production, random);
    }

    private static Set<DayOfWeek> weekdays() {
        return Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    private static LocalTime quarterTime(int q) {
        return q == 96 ? LocalTime.MIDNIGHT : LocalTime.of(q / 4, q % 4 * 15);
    }

    @Provide
    Arbitrary<ZonedDateTime> instants() {
        long from = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2031-01-01T00:00:00Z").getEpochSecond();
        Arbitrary<ZonedDateTime> anySecond = Arbitraries.longs().between(from, to)
                .map(s -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(s), ContractTime.ZONE));
        Arbitrary<ZonedDateTime> quarterHours = Arbitraries.longs().between(from / 900, to / 900)
                .map(q -> ZonedDateTime.ofInstant(Instant.ofEpochSecond(q * 900), ContractTime.ZONE));
        Arbitrary<ZonedDateTime> dstDays = Combinators.combine(
                        Arbitraries.of(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29),
                                LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), LocalDate.of(2025, 10, 26)),
                        Arbitraries.integers().between(0, 95))
                .as((d, q) -> ZonedDateTime.of(d.atTime(quarterTime(q % 96)), ContractTime.ZONE));
        return Arbitraries.oneOf(anySecond, quarterHours, dstDays);
    }

    @Provide
    Arbitrary<Duration> durations() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 200 * 3600L).map(Duration::ofSeconds),
                Arbitraries.integers().between(0, 200 * 4).map(q -> Duration.ofMinutes(15L * q)));
    }

    @Property
    void deadlineIsNeverBeforeStart(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime start,
                                    @ForAll("durations") Duration d) {
        ZonedDateTime due = c.calendar().addBusinessTime(start, d);
        assertThat(due).isAfterOrEqualTo(start);
        assertThat(due.getZone()).isEqualTo(ContractTime.ZONE);
    }

    @Property
    void deadlineIsOpenOrExactlyAClosingTime(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime start,
                                             @ForAll("durations") Duration d) {
        ZonedDateTime due = c.calendar().addBusinessTime(start, d);
        assertThat(c.openByWallClock(due) || c.closingDayOf(due) != null).as("%s", due).isTrue();
        assertThat(c.calendar().isOpen(due)).isEqualTo(c.openByWallClock(due));
        if (d.isZero()) {
            assertThat(due).isEqualTo(c.calendar().nextOpening(start));
        }
    }

    @Property
    void nextOpeningIsTheFirstOpenInstant(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime t) {
        ZonedDateTime next = c.calendar().nextOpening(t);
        assertThat(c.openByWallClock(next)).isTrue();
        if (c.openByWallClock(t)) {
            assertThat(next).isEqualTo(t);
        } else {
            assertThat(next).isAfter(t);
            assertThat(c.openByWallClock(next.minusNanos(1))).isFalse();
        }
    }

    /**
     * Adding a then b equals adding a + b for every start when b &gt; 0. When b = 0 the two differ
     * exactly when start + a lands on a closing time: adding 0 then moves on to the next opening.
     * So in general both agree after moving to the next opening.
     */
    @Property
    void addingIsAdditive(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime start,
                          @ForAll("durations") Duration a, @ForAll("durations") Duration b) {
        BusinessCalendar cal = c.calendar();
        ZonedDateTime stepwise = cal.addBusinessTime(cal.addBusinessTime(start, a), b);
        ZonedDateTime atOnce = cal.addBusinessTime(start, a.plus(b));
        if (b.isZero()) {
            assertThat(stepwise).isEqualTo(cal.nextOpening(atOnce));
        } else {
            assertThat(stepwise).isEqualTo(atOnce);
        }
        assertThat(cal.nextOpening(stepwise)).isEqualTo(cal.nextOpening(atOnce));
    }

    /** Brute force: walk minute by minute counting open minutes (wall-clock definition). */
    @Property(tries = 150)
    void agreesWithMinuteByMinuteCount(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime anyStart,
                                       @ForAll @IntRange(min = 0, max = 16 * 60) int minutes) {
        ZonedDateTime start = anyStart.withSecond(0).withNano(0);
        ZonedDateTime t = start;
        while (!c.openByWallClock(t)) {
            t = t.plusMinutes(1);
        }
        for (int counted = 0; counted < minutes; t = t.plusMinutes(1)) {
            if (c.openByWallClock(t)) {
                counted++;
            }
        }
        assertThat(c.calendar().addBusinessTime(start, Duration.ofMinutes(minutes)).toInstant())
                .isEqualTo(t.toInstant()); // the first open minute, or just after the last counted one
    }

    @Property
    void businessDaysDueIsClosingOfTheNthBusinessDayAfterReceipt(@ForAll("calendars") Cal c,
                                                                @ForAll("instants") ZonedDateTime receivedAt,
                                                                @ForAll @IntRange(min = 0, max = 30) int n) {
        ZonedDateTime due = c.calendar().businessDaysDue(receivedAt, n);
        LocalDate dueDay = c.closingDayOf(due);
        assertThat(dueDay).as("%s is a closing time", due).isNotNull();
        LocalDate receiptDay = c.calendar().nextOpening(receivedAt).toLocalDate();
        int between = 0;
        for (LocalDate d = receiptDay.plusDays(1); !d.isAfter(dueDay); d = d.plusDays(1)) {
            between += c.businessDay(d) ? 1 : 0;
        }
        assertThat(between).isEqualTo(n);
        assertThat(due).isAfter(receivedAt);
    }

    /** COMMON.MET: the open time from a start to the deadline computed for {@code d} is exactly {@code d}. */
    @Property
    void openTimeToTheDeadlineIsTheDuration(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime start,
                                            @ForAll("durations") Duration d) {
        BusinessCalendar cal = c.calendar();
        assertThat(cal.openTimeBetween(start, cal.addBusinessTime(start, d))).isEqualTo(d);
    }

    /** The same through the helpers the rules call: N minutes there are N minutes back, as whole minutes. */
    @Property
    void elapsedMinutesToTheDeadlineAreN(@ForAll("productionCalendarIds") String calendarId,
                                         @ForAll("instants") ZonedDateTime start,
                                         @ForAll @LongRange(min = 0, max = 400 * 60) long n) {
        BusinessTime time = new BusinessTime(TestCalendars.CALENDARS, Clock.fixed(start.toInstant(), start.getZone()));
        ZonedDateTime businessDeadline = time.plusBusinessMinutes(start, n, calendarId);
        assertThat(time.businessMinutesBetween(start, businessDeadline, calendarId)).isEqualTo(n);
        assertThat(time.clockMinutesBetween(start, time.plusClockMinutes(start, n))).isEqualTo(n);
    }

    @Provide
    Arbitrary<String> productionCalendarIds() {
        return Arbitraries.of("CBG_OFFICE", "WN_OFFICE", "MS_BUSINESS", "ALWAYS");
    }

    /** Brute force: the open time between two whole-minute instants is the number of open minutes between them. */
    @Property(tries = 150)
    void openTimeAgreesWithMinuteByMinuteCount(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime anyStart,
                                               @ForAll @IntRange(min = 0, max = 4 * 24 * 60) int minutes) {
        ZonedDateTime from = anyStart.withSecond(0).withNano(0);
        ZonedDateTime to = from.plusMinutes(minutes);
        long open = 0;
        for (ZonedDateTime t = from; t.isBefore(to); t = t.plusMinutes(1)) {
            open += c.openByWallClock(t) ? 1 : 0;
        }
        assertThat(c.calendar().openTimeBetween(from, to)).isEqualTo(Duration.ofMinutes(open));
    }

    @Property
    void openTimeAddsUpOverConsecutiveIntervals(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime a,
                                                @ForAll("durations") Duration ab, @ForAll("durations") Duration bc) {
        ZonedDateTime b = ContractTime.plusClock(a, ab);
        ZonedDateTime c2 = ContractTime.plusClock(b, bc);
        BusinessCalendar cal = c.calendar();
        assertThat(cal.openTimeBetween(a, c2)).isEqualTo(cal.openTimeBetween(a, b).plus(cal.openTimeBetween(b, c2)));
    }

    @Property
    void openTimeIsAtMostTheClockTime(@ForAll("calendars") Cal c, @ForAll("instants") ZonedDateTime from,
                                      @ForAll("durations") Duration d) {
        ZonedDateTime to = ContractTime.plusClock(from, d);
        Duration open = c.calendar().openTimeBetween(from, to);
        assertThat(open).isBetween(Duration.ZERO, d);
        assertThat(ContractTime.clockTimeBetween(from, to)).isEqualTo(d);
        assertThat(TestCalendars.ALWAYS.openTimeBetween(from, to)).isEqualTo(d);
    }

    @Property
    void alwaysIsClockTime(@ForAll("instants") ZonedDateTime start,
                           @ForAll @IntRange(min = 0, max = 3 * 366 * 24 * 60) int minutes,
                           @ForAll @IntRange(min = 0, max = 59) int seconds) {
        Duration d = Duration.ofMinutes(minutes).plusSeconds(seconds);
        assertThat(TestCalendars.ALWAYS.addBusinessTime(start, d)).isEqualTo(ContractTime.plusClock(start, d));
    }
}
