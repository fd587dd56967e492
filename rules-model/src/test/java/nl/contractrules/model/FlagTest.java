package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FlagTest {
    @Test
    void isAValueNamedInUpperCaseWithDotsBetweenParts() {
        assertThat(Flag.of("TARGET_MISSED")).isEqualTo(Flag.of("TARGET_MISSED")).hasToString("TARGET_MISSED");
        assertThat(Flag.of("TARGET_BY_MS.RT.3").name()).isEqualTo("TARGET_BY_MS.RT.3");
        assertThat(Flag.isName("REPORT_24X7")).isTrue();
        assertThat(Flag.isName("target_missed")).isFalse();
        assertThat(Flag.isName("TARGET.")).isFalse();
        assertThatThrownBy(() -> Flag.of("Target missed")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Target missed' is not a flag name");
    }
}
