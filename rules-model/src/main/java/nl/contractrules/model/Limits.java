package nl.contractrules.model;

import java.math.BigDecimal;

/**
 * The bounds on input values ({@code docs/limits.md}): far beyond what a contract needs, and small enough that the
 * arithmetic on them stays exact and every date computed from them stays inside the years the calendars define.
 */
public final class Limits {
    /** The first year of an input date or time (the calendars define holidays from 1900). */
    public static final int FIRST_YEAR = 1900;
    /** The last year of an input date or time, leaving the rules 49 years of room before the calendars end (2199). */
    public static final int LAST_YEAR = 2150;
    /** The most licences, named contacts or solutions a case may count. */
    public static final int MAX_COUNT = 100_000;
    /** The most participants of one training request. */
    public static final int MAX_PARTICIPANTS = 10_000;
    /** The most minutes a case may give (work, fair-use measurements): about 19 years. */
    public static final int MAX_MINUTES = 10_000_000;
    /** The longest contract term in months. */
    public static final int MAX_TERM_MONTHS = 120;
    /** The largest amount of money or credits. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    /** The most decimal places of an amount (trailing zeros do not count). */
    public static final int MAX_DECIMALS = 6;

    private Limits() {
    }
}
