package nl.contractrules.time;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;

/**
 * Static time helpers for the contract rules: the contract time zone (COMMON.TZ), clock-hour
 * deadlines and elapsed clock time (COMMON.CLOCK), the daily maintenance window (COMMON.MAINT)
 * and calendar-month arithmetic used by COMMON.TERM.
 */
public final class ContractTime {

    /** COMMON.TZ: all contracts are Dutch; local time is Europe/Amsterdam. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private ContractTime() {
    }

    /** COMMON.TZ: the same instant as {@code t}, expressed in {@link #ZONE}. */
    public static ZonedDateTime local(ZonedDateTime t) {
        return Objects.requireNonNull(t, "t").withZoneSameInstant(ZONE);
    }

    /**
     * COMMON.CLOCK: {@code start + d} in real elapsed time (so 8 clock hours across the spring DST
     * change show 9 hours on the wall clock), result in {@link #ZONE}.
     *
     * @throws IllegalArgumentException when {@code d} is negative
     */
    public static ZonedDateTime plusClock(ZonedDateTime start, Duration d) {
        requireNonNegative(d, "duration");
        return local(start).plus(d);
    }

    /**
     * COMMON.CLOCK, COMMON.MET: the real time elapsed from {@code from} to {@code to}, exact to the nanosecond,
     * whatever the wall clock does at DST (22:00 CET to 07:00 CEST across the spring change is 8 hours). Any two
     * instants give a {@link Duration} without overflow.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static Duration clockTimeBetween(ZonedDateTime from, ZonedDateTime to) {
        requireInOrder(from, to);
        return Duration.between(from.toInstant(), to.toInstant());
    }

    /**
     * COMMON.MAINT: whether the local time of {@code t} (in {@link #ZONE}) satisfies
     * {@code from <= local time < to}. {@code to} equal to {@link LocalTime#MIDNIGHT} means end of
     * day (24:00).
     *
     * @throws IllegalArgumentException when the window is empty or wraps past midnight
     */
    public static boolean insideDailyWindow(ZonedDateTime t, LocalTime from, LocalTime to) {
        checkWindow(from, to);
        LocalTime time = local(t).toLocalTime();
        return !time.isBefore(from) && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
    }

    /** COMMON.TERM: {@code date} plus {@code months} calendar months, the day clamped to the month's length. */
    public static LocalDate plusMonthsClamped(LocalDate date, int months) {
        return date.plusMonths(months);
    }

    /** COMMON.TERM: the last day of the month of {@code date}. */
    public static LocalDate endOfMonth(LocalDate date) {
        return date.with(TemporalAdjusters.lastDayOfMonth());
    }

    // ---- package helpers -------------------------------------------------------------------

    /**
     * The first instant at which the wall clock in {@code zone} shows {@code dateTime} or later:
     * in a DST gap that is the transition instant, in an overlap the earlier offset.
     */
    static ZonedDateTime firstAtOrAfter(LocalDateTime dateTime, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(dateTime);
        if (transition != null && transition.isGap()) {
            return ZonedDateTime.ofInstant(transition.getInstant(), zone);
        }
        return ZonedDateTime.of(dateTime, zone);
    }

    /** Start of the local time {@code time} on {@code date}; see {@link #firstAtOrAfter}. */
    static ZonedDateTime startOf(LocalDate date, LocalTime time, ZoneId zone) {
        return firstAtOrAfter(date.atTime(time), zone);
    }

    /** Like {@link #startOf} but {@link LocalTime#MIDNIGHT} means 24:00, the start of the next day. */
    static ZonedDateTime endOf(LocalDate date, LocalTime time, ZoneId zone) {
        return time.equals(LocalTime.MIDNIGHT)
                ? firstAtOrAfter(date.plusDays(1).atStartOfDay(), zone)
                : firstAtOrAfter(date.atTime(time), zone);
    }

    static void checkWindow(LocalTime from, LocalTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            throw new IllegalArgumentException("daily window " + from + "-" + to
                    + " is empty or wraps past midnight; 'to' must be after 'from' (00:00 = 24:00)");
        }
    }

    static void requireInOrder(ZonedDateTime from, ZonedDateTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("end " + to + " is before start " + from);
        }
    }

    static Duration requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + d);
        }
        return d;
    }
}
