package nl.contractrules.time;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CancellationsTest {

    @Test
    void fourteenDaysBeforeTheMonthEnd() {
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 3, 17), null, 14)).isEqualTo(of(2026, 3, 31));
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 3, 18), null, 14)).isEqualTo(of(2026, 4, 30));
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 2, 14), null, 14)).isEqualTo(of(2026, 2, 28));
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 2, 15), null, 14)).isEqualTo(of(2026, 3, 31));
    }

    @Test
    void requestedEndIsRoundedToItsMonthEnd() {
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 3, 18), of(2026, 6, 15), 14)).isEqualTo(of(2026, 6, 30));
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 3, 25), of(2026, 4, 2), 14)).isEqualTo(of(2026, 4, 30));
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 4, 20), of(2026, 4, 25), 14)).isEqualTo(of(2026, 5, 31));
    }

    @Test
    void yearEnd() {
        assertThat(Cancellations.monthEndAfterNotice(of(2026, 12, 20), null, 14)).isEqualTo(of(2027, 1, 31));
    }

    @Test
    void negativeNoticeIsAProgrammingError() {
        assertThatThrownBy(() -> Cancellations.monthEndAfterNotice(of(2026, 1, 1), null, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
