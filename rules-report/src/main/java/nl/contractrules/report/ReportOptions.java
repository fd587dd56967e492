package nl.contractrules.report;

import java.time.YearMonth;

/**
 * What a monthly report covers and how much it lists.
 *
 * @param from          the first month reported; null for the first month with an incident
 * @param to            the last month reported; null for the last month with an incident
 * @param listedMissed  the missed targets listed per contract, those most minutes over first; the rest are counted
 * @param listedBadLines the bad lines listed in the appendix, in input order; the rest are counted
 */
public record ReportOptions(YearMonth from, YearMonth to, int listedMissed, int listedBadLines) {
    /** Missed targets listed per contract by default. */
    public static final int DEFAULT_LISTED_MISSED = 25;
    /** Bad lines listed by default. */
    public static final int DEFAULT_LISTED_BAD_LINES = 1000;
    /** The most months one report covers. */
    public static final int MAX_MONTHS = 60;

    public ReportOptions {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (from != null && to != null && from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new IllegalArgumentException("a report covers at most " + MAX_MONTHS + " months, not " + from
                    + " to " + to);
        }
        if (listedMissed < 0 || listedBadLines < 0) {
            throw new IllegalArgumentException("the numbers of lines listed must not be negative");
        }
    }

    /** Every month with an incident, the defaults for the lists. */
    public static ReportOptions defaults() {
        return new ReportOptions(null, null, DEFAULT_LISTED_MISSED, DEFAULT_LISTED_BAD_LINES);
    }

    public ReportOptions withMonths(YearMonth from, YearMonth to) {
        return new ReportOptions(from, to, listedMissed, listedBadLines);
    }

    public ReportOptions withListedMissed(int listed) {
        return new ReportOptions(from, to, listed, listedBadLines);
    }
}
