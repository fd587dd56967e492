package nl.contractrules.time;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TermEndingTest {

    @Test
    void rulebookExample() {
        TermEnding e = TermEnding.of(of(2024, 1, 1), 36, of(2026, 8, 15), 1, null);
        assertThat(e.effectiveEnd()).isEqualTo(of(2026, 9, 15));
        assertThat(e.termEnd()).isEqualTo(of(2026, 12, 31));
        assertThat(e.withinTerm()).isTrue();
        assertThat(e.remainingFees()).isEqualTo(3);
    }

    @Test
    void endingOnTheTermsLastDayIsNotWithinTheTerm() {
        TermEnding e = TermEnding.of(of(2024, 1, 1), 36, of(2026, 8, 15), 1, of(2026, 12, 31));
        assertThat(e.effectiveEnd()).isEqualTo(of(2026, 12, 31));
        assertThat(e.withinTerm()).isFalse();
        assertThat(e.remainingFees()).isZero();
    }

    @Test
    void endingAfterTheTermBuysNothingOut() {
        TermEnding e = TermEnding.of(of(2024, 1, 1), 36, of(2026, 12, 1), 1, null);
        assertThat(e.effectiveEnd()).isEqualTo(of(2027, 1, 1));
        assertThat(e.withinTerm()).isFalse();
        assertThat(e.remainingFees()).isZero();
    }

    @Test
    void aDayBeforeTheTermsEndIsWithinWithNoFeesLeft() {
        TermEnding e = TermEnding.of(of(2024, 1, 1), 36, of(2026, 11, 30), 1, null);
        assertThat(e.effectiveEnd()).isEqualTo(of(2026, 12, 30));
        assertThat(e.withinTerm()).isTrue();
        assertThat(e.remainingFees()).isZero();
    }

    @Test
    void noticeClampedToFebruary() {
        TermEnding e = TermEnding.of(of(2024, 1, 1), 36, of(2025, 1, 31), 1, null);
        assertThat(e.effectiveEnd()).isEqualTo(of(2025, 2, 28));
        assertThat(e.remainingFees()).isEqualTo(22);
    }

    @Test
    void buyoutAmount() {
        TermEnding e = TermEnding.of(of(2025, 3, 1), 24, of(2026, 6, 10), 1, null);
        assertThat(e.remainingFees()).isEqualTo(7);
        assertThat(e.buyoutAmount(new BigDecimal("89.95"))).isEqualByComparingTo("629.65");
        assertThat(e.buyoutAmount(new BigDecimal("89.95")).scale()).isEqualTo(2);
        assertThat(e.buyoutAmount(null)).isNull();
        TermEnding after = TermEnding.of(of(2025, 3, 1), 24, of(2027, 5, 15), 1, null);
        assertThat(after.buyoutAmount(new BigDecimal("89.95"))).isEqualByComparingTo("0.00");
    }
}
