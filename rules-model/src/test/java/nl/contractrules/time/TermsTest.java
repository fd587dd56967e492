package nl.contractrules.time;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void rulebookExample() {
        LocalDate start = of(2024, 1, 1);
        assertThat(Terms.termEnd(start, 36)).isEqualTo(of(2026, 12, 31));
        LocalDate end = Terms.effectiveEnd(of(2026, 8, 15), 1, null);
        assertThat(end).isEqualTo(of(2026, 9, 15));
        assertThat(end).isBefore(Terms.termEnd(start, 36));
        assertThat(Terms.feesDueAfter(start, 36, end)).isEqualTo(3);
    }

    @Test
    void noticeClampsToMonthLength() {
        assertThat(Terms.earliestEnd(of(2025, 1, 31), 1)).isEqualTo(of(2025, 2, 28));
        assertThat(Terms.earliestEnd(of(2024, 1, 31), 1)).isEqualTo(of(2024, 2, 29));
        assertThat(Terms.earliestEnd(of(2024, 1, 31), 0)).isEqualTo(of(2024, 1, 31));
        assertThat(Terms.termEnd(of(2024, 1, 31), 1)).isEqualTo(of(2024, 2, 28));
    }

    @Test
    void effectiveEndIsTheLaterOfNoticeAndRequest() {
        assertThat(Terms.effectiveEnd(of(2026, 8, 15), 1, of(2026, 11, 30))).isEqualTo(of(2026, 11, 30));
        assertThat(Terms.effectiveEnd(of(2026, 8, 15), 1, of(2026, 9, 1))).isEqualTo(of(2026, 9, 15));
    }

    @Test
    void feesDueAfter() {
        LocalDate start = of(2024, 1, 31);
        // fees due 31 Jan, 29 Feb, 31 Mar 2024 (each counted from start)
        assertThat(Terms.feesDueAfter(start, 3, of(2024, 2, 29))).isEqualTo(1);
        assertThat(Terms.feesDueAfter(start, 3, of(2024, 2, 28))).isEqualTo(2);
        assertThat(Terms.feesDueAfter(start, 3, of(2024, 3, 31))).isZero();
        assertThat(Terms.feesDueAfter(start, 3, of(2023, 12, 31))).isEqualTo(3);
    }

    @Test
    void rejectsBadCounts() {
        assertThatThrownBy(() -> Terms.termEnd(of(2024, 1, 1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Terms.earliestEnd(of(2024, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Terms.feesDueAfter(of(2024, 1, 1), 0, of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
