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
    void theLargestMinutesAreDecidedExactly() {
        FairUseMeasurement m = use(Limits.MAX_MINUTES, Limits.MAX_MINUTES * 6 / 10);
        assertThat(m.moreThan(2)).isFalse();
        assertThat(m.ratio()).isEqualTo(new BigDecimal("1.67"));
        assertThat(use(Limits.MAX_MINUTES, 1).moreThan(Integer.MAX_VALUE / 2)).isFalse();
        assertThat(use(Limits.MAX_MINUTES, 1).ratio()).isEqualTo(new BigDecimal("10000000.00"));
    }

    @Test
    void minutesBeyondTheBoundAreBadInput() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> use(Limits.MAX_MINUTES + 1, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("organisationMinutes");
    }
}
