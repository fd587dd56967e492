package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdTest {
    @Test
    void sortsByPrefixFamilyThenNumberNumerically() {
        List<RuleId> ids = List.of("KPN.SW.1", "C1.DOC.10", "KPN.RT.3", "COMMON.AVAIL", "C1.DOC.3", "KPN.RT.1",
                "C1.AV.2").stream().map(RuleId::of).toList();

        assertThat(ids.stream().sorted().map(RuleId::toString).toList())
                .containsExactly("C1.AV.2", "C1.DOC.3", "C1.DOC.10", "COMMON.AVAIL", "KPN.RT.1", "KPN.RT.3", "KPN.SW.1");
    }

    @Test
    void isAValueWrittenAsDotSeparatedParts() {
        assertThat(RuleId.of("KPN.RT.1")).isEqualTo(RuleId.of("KPN.RT.1")).hasToString("KPN.RT.1")
                .isNotEqualTo(RuleId.of("KPN.RT.01"));
        assertThat(RuleId.of("KPN.RT.1")).isNotEqualByComparingTo(RuleId.of("KPN.RT.01"));
        assertThatThrownBy(() -> RuleId.of("KPN RT 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'KPN RT 1' is not a rulebook ID");
        assertThatThrownBy(() -> RuleId.of("KPN..1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RuleId.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
