package nl.contractrules.time;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuartersTest {

    @Test
    void firstDayOfQuarter() {
        assertThat(Quarters.firstDayOfQuarter(of(2026, 1, 1))).isEqualTo(of(2026, 1, 1));
        assertThat(Quarters.firstDayOfQuarter(of(2026, 3, 31))).isEqualTo(of(2026, 1, 1));
        assertThat(Quarters.firstDayOfQuarter(of(2026, 5, 17))).isEqualTo(of(2026, 4, 1));
        assertThat(Quarters.firstDayOfQuarter(of(2026, 12, 31))).isEqualTo(of(2026, 10, 1));
    }

    @Test
    void firstDayOfNextQuarter() {
        assertThat(Quarters.firstDayOfNextQuarter(of(2026, 2, 10))).isEqualTo(of(2026, 4, 1));
        assertThat(Quarters.firstDayOfNextQuarter(of(2026, 4, 1))).isEqualTo(of(2026, 7, 1));
        assertThat(Quarters.firstDayOfNextQuarter(of(2026, 9, 30))).isEqualTo(of(2026, 10, 1));
        assertThat(Quarters.firstDayOfNextQuarter(of(2026, 11, 15))).isEqualTo(of(2027, 1, 1));
    }
}
