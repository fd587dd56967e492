package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdsTest {
    @Test
    void sortsByPrefixFamilyThenNumberNumerically() {
        List<String> ids = List.of("KPN.SW.1", "C1.DOC.10", "KPN.RT.3", "COMMON.AVAIL", "C1.DOC.3", "KPN.RT.1", "C1.AV.2");
        assertThat(ids.stream().sorted(RuleIds.ORDER).toList())
                .containsExactly("C1.AV.2", "C1.DOC.3", "C1.DOC.10", "COMMON.AVAIL", "KPN.RT.1", "KPN.RT.3", "KPN.SW.1");
    }
}
