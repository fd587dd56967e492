package nl.contractrules.rulesupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.contractrules.model.CallCategory;
import org.junit.jupiter.api.Test;

class DialledNumbersTest {
    private static final List<String> PREFIXES = List.of("0900", "18");

    @Test
    void nationalForm() {
        assertThat(DialledNumbers.nationalForm("+31201234567")).isEqualTo("0201234567");
        assertThat(DialledNumbers.nationalForm("0031201234567")).isEqualTo("0201234567");
        assertThat(DialledNumbers.nationalForm("0201234567")).isEqualTo("0201234567");
        assertThat(DialledNumbers.nationalForm("+32212345")).isEqualTo("+32212345");
    }

    @Test
    void categories() {
        assertThat(DialledNumbers.category("0201234567", PREFIXES)).isEqualTo(CallCategory.NATIONAL);
        assertThat(DialledNumbers.category("+31201234567", PREFIXES)).isEqualTo(CallCategory.NATIONAL);
        assertThat(DialledNumbers.category("09001234", PREFIXES)).isEqualTo(CallCategory.SERVICE_NUMBER);
        assertThat(DialledNumbers.category("+319001234", PREFIXES)).isEqualTo(CallCategory.SERVICE_NUMBER);
        assertThat(DialledNumbers.category("1850", PREFIXES)).isEqualTo(CallCategory.SERVICE_NUMBER);
        assertThat(DialledNumbers.category("+4930123456", PREFIXES)).isEqualTo(CallCategory.INTERNATIONAL);
        assertThat(DialledNumbers.category("0044201234", PREFIXES)).isEqualTo(CallCategory.INTERNATIONAL);
        assertThat(DialledNumbers.category("0900", List.of())).isEqualTo(CallCategory.NATIONAL);
    }
}
