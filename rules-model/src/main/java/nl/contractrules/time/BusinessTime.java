package nl.contractrules.time;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The arithmetic helpers rule files call, as the global {@code time}: business hours and days on a named
 * calendar, clock hours, the minutes a target has used, the daily maintenance window, and "now" from an
 * injected {@link Clock}.
 * The contract's numbers (how many hours, which calendar) stay in the rule files.
 */
public final class BusinessTime {
    private final Calendars calendars;
    private final Clock clock;

    public BusinessTime(Calendars calendars, Clock clock) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Clock clock() {
        return clock;
    }

    /** Now, in {@code Europe/Amsterdam}, from the injected clock. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock.withZone(ContractTime.ZONE));
    }

    /** COMMON.BH: {@code minutes} of the calendar's open time after {@code start}. */
    public ZonedDateTime plusBusinessMinutes(ZonedDateTime start, long minutes, String calendarId) {
        return calendars.calendar(calendarId).addBusinessTime(start, Duration.ofMinutes(minutes));
    }

    /** COMMON.CLOCK: {@code minutes} of real elapsed time after {@code start}. */
    public ZonedDateTime plusClockMinutes(ZonedDateTime start, long minutes) {
        return ContractTime.plusClock(start, Duration.ofMinutes(minutes));
    }

    /**
     * COMMON.MET: whole minutes, rounded down, of the calendar's open time from {@code from} to {@code to}: the
     * minutes a business-hour target has used; {@code minutes} from {@link #plusBusinessMinutes} back to the start.
     * An {@code int}, as every minute field is: two times inside the input years lie fewer minutes apart than an
     * {@code int} holds (a larger count throws {@link ArithmeticException}, never wraps).
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}, or the calendar is unknown
     */
    public int businessMinutesBetween(ZonedDateTime from, ZonedDateTime to, String calendarId) {
        return Math.toIntExact(calendars.calendar(calendarId).openTimeBetween(from, to).toMinutes());
    }

    /**
     * COMMON.MET: whole minutes, rounded down, of real time elapsed from {@code from} to {@code to}: the minutes
     * a clock-hour target has used, across DST changes; an {@code int}, exact as {@link #businessMinutesBetween}.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public int clockMinutesBetween(ZonedDateTime from, ZonedDateTime to) {
        return Math.toIntExact(ContractTime.clockTimeBetween(from, to).toMinutes());
    }

    /** COMMON.BD: closing time of the n-th business day after the day of receipt. */
    public ZonedDateTime businessDaysDue(ZonedDateTime receivedAt, int businessDays, String calendarId) {
        return calendars.calendar(calendarId).businessDaysDue(receivedAt, businessDays);
    }

    /** The first instant at or after {@code t} inside the calendar's open time. */
    public ZonedDateTime nextOpening(ZonedDateTime t, String calendarId) {
        return calendars.calendar(calendarId).nextOpening(t);
    }

    public boolean isOpen(ZonedDateTime t, String calendarId) {
        return calendars.calendar(calendarId).isOpen(t);
    }

    /** COMMON.MAINT: {@code from} ≤ local time of {@code t} {@literal <} {@code to}, times as {@code "HH:mm"}. */
    public boolean insideDailyWindow(ZonedDateTime t, String from, String to) {
        return ContractTime.insideDailyWindow(t, LocalTime.parse(from), LocalTime.parse(to));
    }
}
