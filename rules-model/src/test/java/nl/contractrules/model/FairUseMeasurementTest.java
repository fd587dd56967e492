package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FairUseMeasurementTest {

    private static FairUseMeasurement use(int organisation, int average) {
        return new FairUseMeasurement(FairUseMeasure.SUPPORT_TIME, organisation, average);
    }

    @Test
    void moreThanIsStrict() {
        assertThat(use(200, 100).moreThan(2)).isFalse();
        assertThat(use(201, 100).moreThan(2)).isTrue();
        assertThat(use(300, 100).moreThan(3)).isFalse();
    }

    @Test
    void ratioHasTwoDecimalsHalfUp() {
        assertThat(use(201, 100).ratio()).isEqualByComparingTo("2.01");
        assertThat(use(5, 3).ratio()).isEqualTo(new BigDecimal("1.67"));
        assertThat(use(0, 7).ratio()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void largeMinutesDoNotOverflow() {
        // 2 × 1,200,000,000 does not fit an int: the comparison must still see 2,000,000,000 as 1.67 times.
        FairUseMeasurement m = use(2_000_000_000, 1_200_000_000);
        assertThat(m.moreThan(2)).isFalse();
        assertThat(m.moreThan(3)).isFalse();
        assertThat(m.ratio()).isEqualTo(new BigDecimal("1.67"));
        assertThat(use(Integer.MAX_VALUE, 1).moreThan(2)).isTrue();
    }
}
