package nl.contractrules.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Contract-term arithmetic (COMMON.TERM). Months are calendar months with the day clamped to the
 * month's length (31 Jan + 1 month = 28/29 Feb); {@code start + k months} is always counted from
 * {@code start}, never step by step.
 */
public final class Terms {

    private Terms() {
    }

    /** COMMON.TERM: the last day of a term of {@code months} months from {@code start}: start + m months − 1 day. */
    public static LocalDate termEnd(LocalDate start, int months) {
        requireAtLeast(months, 1, "term months");
        return ContractTime.plusMonthsClamped(start, months).minusDays(1);
    }

    /** COMMON.TERM: the earliest end for a notice given on {@code noticeDate}: noticeDate + N months. */
    public static LocalDate earliestEnd(LocalDate noticeDate, int noticeMonths) {
        requireAtLeast(noticeMonths, 0, "notice months");
        return ContractTime.plusMonthsClamped(noticeDate, noticeMonths);
    }

    /** COMMON.TERM: the later of {@link #earliestEnd} and {@code requestedEnd} (which may be null). */
    public static LocalDate effectiveEnd(LocalDate noticeDate, int noticeMonths, LocalDate requestedEnd) {
        LocalDate earliest = earliestEnd(noticeDate, noticeMonths);
        return requestedEnd != null && requestedEnd.isAfter(earliest) ? requestedEnd : earliest;
    }

    /**
     * COMMON.TERM: the number of monthly fees, due in advance on {@code start + k months}
     * ({@code k = 0 … months−1}), that fall due after {@code effectiveEnd} (the buyout months).
     */
    public static int feesDueAfter(LocalDate start, int months, LocalDate effectiveEnd) {
        requireAtLeast(months, 1, "term months");
        Objects.requireNonNull(effectiveEnd, "effectiveEnd");
        int count = 0;
        for (int k = 0; k < months; k++) {
            if (ContractTime.plusMonthsClamped(start, k).isAfter(effectiveEnd)) {
                count++;
            }
        }
        return count;
    }

    private static void requireAtLeast(int value, int minimum, String name) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ": " + value);
        }
    }
}
