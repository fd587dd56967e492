package nl.contractrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BillingTest {

    @Test
    void deductionAndMinimum() {
        assertThat(Billing.billableMinutes(50, 30, 0)).isEqualTo(20);
        assertThat(Billing.billableMinutes(20, 30, 0)).isZero();
        assertThat(Billing.billableMinutes(10, 0, 15)).isEqualTo(15);
        assertThat(Billing.billableMinutes(45, 0, 15)).isEqualTo(45);
        assertThat(Billing.billableMinutes(0, 0, 15)).isEqualTo(15);
    }

    @Test
    void negativeMinutesAreAProgrammingError() {
        assertThatThrownBy(() -> Billing.billableMinutes(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
