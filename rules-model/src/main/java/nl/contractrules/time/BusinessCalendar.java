package nl.contractrules.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An office-hours calendar (COMMON.CAL): business days, daily opening hours in local wall-clock
 * time, a holiday set and a time zone. Implements business-hour deadlines (COMMON.BH),
 * the open time elapsed between two instants (COMMON.MET) and business-day deadlines (COMMON.BD).
 *
 * <p>The open time of a business day {@code D} is the instant interval
 * [{@code D opens}, {@code D closes}), each local time converted to an instant on that day (so a
 * DST change shortens or lengthens the day, and {@code ALWAYS} 00:00&ndash;24:00 equals clock
 * time). A local time that does not exist (DST gap) means the first instant the clock shows a
 * later time. {@code closes} equal to {@link LocalTime#MIDNIGHT} means 24:00. Immutable.
 */
public final class BusinessCalendar {

    /** A calendar without any open day in this many consecutive days is considered broken. */
    private static final int MAX_CLOSED_DAYS = 3660;
    /** A walk nobody counts. */
    private static final DayWalk UNCOUNTED = day -> { };

    /**
     * Told of each day a walk over the calendar looks at, in order. Every walk looks at each day between its start
     * and its end at most once, so its work is bounded by the days it spans; the tests count the days to check this.
     */
    @FunctionalInterface
    interface DayWalk {
        void looksAt(LocalDate day);
    }

    private final String id;
    private final Set<DayOfWeek> days;
    private final LocalTime opens;
    private final LocalTime closes;
    private final HolidaySet holidays;
    private final ZoneId zone;

    /**
     * @param closes closing time; {@link LocalTime#MIDNIGHT} means end of day (24:00)
     * @throws IllegalArgumentException when {@code days} is empty or {@code opens} is not before {@code closes}
     */
    public BusinessCalendar(String id, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
                            HolidaySet holidays, ZoneId zone) {
        this.id = Objects.requireNonNull(id, "id");
        this.opens = Objects.requireNonNull(opens, "opens");
        this.closes = Objects.requireNonNull(closes, "closes");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (Objects.requireNonNull(days, "days").isEmpty()) {
            throw new IllegalArgumentException("calendar " + id + " has no business days");
        }
        this.days = Collections.unmodifiableSet(EnumSet.copyOf(days));
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw new IllegalArgumentException("calendar " + id + ": opening " + opens
                    + " is not before closing " + closes);
        }
    }

    /** The calendar id, e.g. {@code CBG_OFFICE}. */
    public String id() {
        return id;
    }

    /** Whether {@code date} is one of the calendar's days and not a holiday. */
    public boolean isBusinessDay(LocalDate date) {
        return days.contains(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    /** Whether {@code t} lies inside [opens, closes) of a business day. */
    public boolean isOpen(ZonedDateTime t) {
        ZonedDateTime local = t.withZoneSameInstant(zone);
        LocalDate date = local.toLocalDate();
        return isBusinessDay(date) && !local.isBefore(opening(date)) && local.isBefore(closing(date));
    }

    /** The first open instant at or after {@code t}: {@code t} itself (in the calendar's zone) when open. */
    public ZonedDateTime nextOpening(ZonedDateTime t) {
        return nextOpening(t, UNCOUNTED);
    }

    private ZonedDateTime nextOpening(ZonedDateTime t, DayWalk walk) {
        ZonedDateTime local = t.withZoneSameInstant(zone);
        LocalDate date = local.toLocalDate();
        walk.looksAt(date);
        if (hasOpenTime(date) && local.isBefore(closing(date))) {
            ZonedDateTime opening = opening(date);
            return local.isBefore(opening) ? opening : local;
        }
        return opening(nextOpenDay(date, walk));
    }

    /**
     * COMMON.BH: the earliest instant at which {@code d} of open time has passed, counting from
     * {@link #nextOpening(ZonedDateTime) nextOpening(start)}. A deadline that lands exactly on a
     * closing time stays there; {@code d = 0} returns {@code nextOpening(start)}.
     *
     * @throws IllegalArgumentException when {@code d} is negative
     */
    public ZonedDateTime addBusinessTime(ZonedDateTime start, Duration d) {
        return addBusinessTime(start, d, UNCOUNTED);
    }

    /** {@link #addBusinessTime(ZonedDateTime, Duration)}, telling {@code walk} of each day it looks at. */
    ZonedDateTime addBusinessTime(ZonedDateTime start, Duration d, DayWalk walk) {
        Duration left = ContractTime.requireNonNegative(d, "duration");
        ZonedDateTime t = nextOpening(start, walk);
        while (true) {
            LocalDate date = t.toLocalDate();
            Duration available = Duration.between(t, closing(date));
            if (left.compareTo(available) <= 0) {
                return t.plus(left);
            }
            left = left.minus(available);
            t = opening(nextOpenDay(date, walk));
        }
    }

    /**
     * COMMON.MET: the open time in [{@code from}, {@code to}), exact to the nanosecond; the inverse of
     * {@link #addBusinessTime}: {@code openTimeBetween(start, addBusinessTime(start, d))} is {@code d}.
     * Zero when {@code to} equals {@code from} or no open time lies between them. Any two instants give a
     * {@link Duration} without overflow; the count walks one open day at a time, as {@code addBusinessTime} does.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public Duration openTimeBetween(ZonedDateTime from, ZonedDateTime to) {
        return openTimeBetween(from, to, UNCOUNTED);
    }

    /** {@link #openTimeBetween(ZonedDateTime, ZonedDateTime)}, telling {@code walk} of each day it looks at. */
    Duration openTimeBetween(ZonedDateTime from, ZonedDateTime to, DayWalk walk) {
        ContractTime.requireInOrder(from, to);
        Duration open = Duration.ZERO;
        for (ZonedDateTime t = nextOpening(from, walk); t.isBefore(to);
             t = opening(nextOpenDay(t.toLocalDate(), walk))) {
            ZonedDateTime closing = closing(t.toLocalDate());
            if (!closing.isBefore(to)) {
                return open.plus(Duration.between(t, to));
            }
            open = open.plus(Duration.between(t, closing));
        }
        return open;
    }

    /**
     * COMMON.BD: closing time of the {@code n}th business day after the day of receipt. A request
     * received outside open time counts as received at the next opening, whose day is then the
     * day of receipt. {@code n = 0} gives the closing time of the day of receipt.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public ZonedDateTime businessDaysDue(ZonedDateTime receivedAt, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("number of business days must not be negative: " + n);
        }
        LocalDate day = nextOpening(receivedAt).toLocalDate();
        for (int i = 0; i < n; i++) {
            day = nextOpenDay(day, UNCOUNTED);
        }
        return closing(day);
    }

    private ZonedDateTime opening(LocalDate date) {
        return ContractTime.startOf(date, opens, zone);
    }

    private ZonedDateTime closing(LocalDate date) {
        return ContractTime.endOf(date, closes, zone);
    }

    /** A business day whose open interval is not empty (a DST gap could swallow a short one). */
    private boolean hasOpenTime(LocalDate date) {
        return isBusinessDay(date) && opening(date).isBefore(closing(date));
    }

    private LocalDate nextOpenDay(LocalDate after, DayWalk walk) {
        for (int i = 1; i <= MAX_CLOSED_DAYS; i++) {
            LocalDate candidate = after.plusDays(i);
            walk.looksAt(candidate);
            if (hasOpenTime(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("calendar " + id + " has no open time in the "
                + MAX_CLOSED_DAYS + " days after " + after);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + id + " " + days + " " + opens + "-"
                + (closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes) + " " + holidays.id() + " " + zone + "]";
    }
}
