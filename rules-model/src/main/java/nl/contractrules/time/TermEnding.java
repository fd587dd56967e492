package nl.contractrules.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a notice ends a contract term (COMMON.TERM): the effective end, the term's last day, whether the end
 * falls within the term, and how many monthly fees fall due after the end (the buyout months; 0 when the end
 * is not within the term). The term, notice and fee amounts are the rule file's data; this only counts.
 */
public record TermEnding(LocalDate effectiveEnd, LocalDate termEnd, boolean withinTerm, int remainingFees) {

    public TermEnding {
        Objects.requireNonNull(effectiveEnd, "effectiveEnd");
        Objects.requireNonNull(termEnd, "termEnd");
    }

    /**
     * A term of {@code termMonths} from {@code start}, ended by a notice given on {@code noticeDate} with
     * {@code noticeMonths} notice, or on {@code requestedEnd} when that is later (it may be null).
     */
    public static TermEnding of(LocalDate start, int termMonths, LocalDate noticeDate, int noticeMonths,
                                LocalDate requestedEnd) {
        LocalDate end = Terms.effectiveEnd(noticeDate, noticeMonths, requestedEnd);
        LocalDate termEnd = Terms.termEnd(start, termMonths);
        boolean within = end.isBefore(termEnd);
        return new TermEnding(end, termEnd, within, within ? Terms.feesDueAfter(start, termMonths, end) : 0);
    }

    /** The buyout: {@link #remainingFees()} × {@code monthlyFee}, 2 decimals; null when no fee is given. */
    public BigDecimal buyoutAmount(BigDecimal monthlyFee) {
        return monthlyFee == null ? null
                : monthlyFee.multiply(BigDecimal.valueOf(remainingFees)).setScale(2, RoundingMode.HALF_UP);
    }
}
