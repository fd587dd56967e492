package nl.contractrules.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Accumulates counted and excluded outage time over a period (COMMON.AVAIL); one instance per
 * evaluation, not thread-safe.
 *
 * <p>The period is [periodStart, periodEnd). Outages are clipped to it and merged, so no second
 * is counted twice; a second both counted and excluded is counted only. Times are taken to the
 * whole second (fractions of a second are dropped).
 */
public final class Downtime {

    private record Span(long start, long end) {
    }

    private final long periodStart;
    private final long periodEnd;
    private final List<Span> counted = new ArrayList<>();
    private final List<Span> excluded = new ArrayList<>();

    /**
     * Starts an empty accumulator for the period [periodStart, periodEnd).
     *
     * @throws IllegalArgumentException when {@code periodEnd} is not after {@code periodStart}
     */
    public Downtime(ZonedDateTime periodStart, ZonedDateTime periodEnd) {
        this.periodStart = seconds(periodStart, "periodStart");
        this.periodEnd = seconds(periodEnd, "periodEnd");
        if (this.periodEnd <= this.periodStart) {
            throw new IllegalArgumentException("periodEnd " + periodEnd + " is not after periodStart " + periodStart);
        }
    }

    /**
     * Counts the outage [start, end), clipped to the period.
     *
     * @throws IllegalArgumentException when end is before start
     */
    public void count(ZonedDateTime start, ZonedDateTime end) {
        add(counted, seconds(start, "start"), checkedEnd(start, end));
    }

    /**
     * Excludes the outage [start, end), clipped to the period.
     *
     * @throws IllegalArgumentException when end is before start
     */
    public void exclude(ZonedDateTime start, ZonedDateTime end) {
        add(excluded, seconds(start, "start"), checkedEnd(start, end));
    }

    /**
     * COMMON.AVAIL / COMMON.MAINT: the parts of [start, end) inside the daily local window
     * {@code from <= local time < to} ({@link ContractTime#ZONE}; {@code to} 00:00 = 24:00) are
     * excluded, the rest is counted.
     */
    public void excludeInsideDailyWindow(ZonedDateTime start, ZonedDateTime end, LocalTime from, LocalTime to) {
        ContractTime.checkWindow(from, to);
        long s = Math.max(seconds(start, "start"), periodStart);
        long e = Math.min(checkedEnd(start, end), periodEnd);
        if (s >= e) {
            return;
        }
        long cursor = s;
        LocalDate last = localDate(e);
        for (LocalDate day = localDate(s); !day.isAfter(last); day = day.plusDays(1)) {
            long windowStart = Math.max(ContractTime.startOf(day, from, ContractTime.ZONE).toEpochSecond(), cursor);
            long windowEnd = Math.min(ContractTime.endOf(day, to, ContractTime.ZONE).toEpochSecond(), e);
            if (windowStart < windowEnd) {
                add(counted, cursor, windowStart);
                add(excluded, windowStart, windowEnd);
                cursor = windowEnd;
            }
        }
        add(counted, cursor, e);
    }

    /** Seconds of counted outage inside the period, merged. */
    public long countedSeconds() {
        return total(merge(counted));
    }

    /** Seconds of excluded outage inside the period, merged, without seconds that are also counted. */
    public long excludedSeconds() {
        List<Span> exc = merge(excluded);
        List<Span> cnt = merge(counted);
        long overlap = 0;
        for (Span x : exc) {
            for (Span c : cnt) {
                overlap += Math.max(0, Math.min(x.end(), c.end()) - Math.max(x.start(), c.start()));
            }
        }
        return total(exc) - overlap;
    }

    /**
     * {@link #countedSeconds()} in whole minutes, rounded half-up: an {@code int}, as every minute field is (a period
     * inside the input years has fewer minutes than an {@code int} holds; a larger count throws, never wraps).
     */
    public int countedMinutes() {
        return Math.toIntExact((countedSeconds() + 30) / 60);
    }

    /** {@link #excludedSeconds()} in whole minutes, rounded half-up, exact as {@link #countedMinutes()}. */
    public int excludedMinutes() {
        return Math.toIntExact((excludedSeconds() + 30) / 60);
    }

    /** 100 × (period − counted) ÷ period, from exact seconds, scale 3, rounded half-up. */
    public BigDecimal availabilityPercent() {
        long period = periodEnd - periodStart;
        return BigDecimal.valueOf(period - countedSeconds()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(period), 3, RoundingMode.HALF_UP);
    }

    private void add(List<Span> spans, long start, long end) {
        long s = Math.max(start, periodStart);
        long e = Math.min(end, periodEnd);
        if (s < e) {
            spans.add(new Span(s, e));
        }
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span span : sorted) {
            Span previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && span.start() <= previous.end()) {
                merged.set(merged.size() - 1, new Span(previous.start(), Math.max(previous.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private static long total(List<Span> spans) {
        return spans.stream().mapToLong(s -> s.end() - s.start()).sum();
    }

    private static long checkedEnd(ZonedDateTime start, ZonedDateTime end) {
        long e = seconds(end, "end");
        if (e < seconds(start, "start")) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        return e;
    }

    private static LocalDate localDate(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), ContractTime.ZONE);
    }

    private static long seconds(ZonedDateTime t, String name) {
        return Objects.requireNonNull(t, name).toEpochSecond();
    }
}
