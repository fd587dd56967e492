package nl.contractrules.json.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.contractrules.json.JsonLines;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The options of deciding, as the command line's decide and the Spark job both have them: names and defaults. */
class DecideOptionsTest {
    @Command(name = "deciding")
    static final class Deciding {
        @Mixin
        DecideOptions options = new DecideOptions();
    }

    private static DecideOptions parse(String... args) {
        Deciding command = new Deciding();
        new CommandLine(command).parseArgs(args);
        return command.options;
    }

    @Test
    void theDefaultsAreTheBundledRulesATenSecondLimitNoCitationsAMegabyteLineAndTheStartOfTheRun() {
        DecideOptions options = parse("--contracts", "c.json");
        Instant start = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(options.contracts()).isEqualTo("c.json");
        assertThat(options.ruleSet().directory()).isEmpty();
        assertThat(options.ruleSet().timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.citations()).isFalse();
        assertThat(options.maxLine()).isEqualTo(JsonLines.DEFAULT_MAX_LINE);
        assertThat(options.asOf(start)).isEqualTo(start);
        assertThat(options.problem()).isEmpty();
    }

    @Test
    void everyOptionIsRead() {
        DecideOptions options = parse("--contracts", "c.json", "--rules", "edited", "--timeout", "500ms",
                "--citations", "--max-line", "100", "--as-of", "2026-11-01T00:00:00Z");

        assertThat(options.ruleSet().directory()).contains(Path.of("edited"));
        assertThat(options.ruleSet().timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.citations()).isTrue();
        assertThat(options.maxLine()).isEqualTo(100);
        assertThat(options.asOf(Instant.EPOCH)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(options.problem()).hasValueSatisfying(p -> assertThat(p).contains("edited does not exist"));
        assertThat(parse("--contracts", "c.json", "--timeout", "0").ruleSet().timeout()).isZero();
        assertThat(parse("--contracts", "c.json", "--max-line", "0").problem())
                .hasValue("--max-line must be at least 1, was 0");
    }

    @Test
    void aTimeIsMillisecondsSecondsOrMinutes() {
        RuleSetOptions.TimeConverter time = new RuleSetOptions.TimeConverter();

        assertThat(time.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(time.convert("7")).isEqualTo(Duration.ofSeconds(7));
        assertThatThrownBy(() -> time.convert("soon")).hasMessageContaining("'soon' is not a time");
        assertThatThrownBy(() -> parse("--rules", "x")).isInstanceOf(CommandLine.MissingParameterException.class)
                .hasMessageContaining("--contracts");
    }
}
