package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.json.options.RuleSetOptions;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --timeout}: a case whose rules compute without end is rejected as a runaway, and the others are decided. */
class TimeoutTest {
    /** A rule the guard lets through whose consequence walks expectedMinutes² list elements. */
    private static final String DRL = """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;
            import java.util.Collections;
            rule "T.WK.1 short work is covered" @id("T.WK.1") @seed("s.txt") @section("1")
            when WorkItem(expectedMinutes < 1000)
            then answer.set(WorkFields.COVERED, true);
            end
            rule "T.WK.2 long work spins" @id("T.WK.2") @seed("s.txt") @section("1")
            when $w : WorkItem(expectedMinutes >= 1000)
            then
                long n = 0;
                for (Object x : Collections.nCopies($w.expectedMinutes(), "x")) {
                    for (Object y : Collections.nCopies($w.expectedMinutes(), "y")) {
                        n += y.hashCode();
                    }
                }
                answer.set(WorkFields.COVERED, n == 42);
            end
            """;
    private static final String SCENARIO = """
            {"name": "spinning", "contract": {"regime": "CONNECT_SECURE_365", "tier": "BASIS", "start": "2025-01-01"},
             "cases": [
              {"id": "short", "kind": "work", "input": {"category": "GENERAL", "expectedMinutes": 10}},
              {"id": "spins", "kind": "work", "input": {"category": "GENERAL", "expectedMinutes": 30000}},
              {"id": "short-again", "kind": "work", "input": {"category": "GENERAL", "expectedMinutes": 20}}
             ]}
            """;

    @TempDir
    static Path work;
    static Path rules;
    static Path scenario;

    @BeforeAll
    static void spinningRuleSet() throws IOException {
        rules = work.resolve("rules");
        RuleFile calendars = RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS))
                .findFirst().orElseThrow();
        RuleFile.write(List.of(calendars, new RuleFile("connectsecure365/t.drl", DRL.getBytes(UTF_8))), rules);
        scenario = Files.writeString(work.resolve("spinning.json"), SCENARIO);
    }

    @Test
    void aSpinningCaseIsARunawayAndTheOthersAreDecided() {
        long start = System.nanoTime();
        Cli run = Cli.run("evaluate", "--rules", rules, "--timeout", "300ms", "--format", "text", scenario);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("time limit of 300 ms").contains("2 decided, 1 rejected");
        assertThat(millis).as("the run did not wait for the spinning case").isLessThan(10_000);
    }

    @Test
    void aTimeIsMillisecondsSecondsOrMinutes() {
        RuleSetOptions.TimeConverter time = new RuleSetOptions.TimeConverter();
        assertThat(time.convert("500ms").toMillis()).isEqualTo(500);
        assertThat(time.convert("10s").toMillis()).isEqualTo(10_000);
        assertThat(time.convert("2m").toMillis()).isEqualTo(120_000);
        assertThat(time.convert("3").toMillis()).isEqualTo(3_000);
        assertThat(time.convert("0").isZero()).isTrue();
    }

    @Test
    void aTimeThatIsNoTimeIsAUsageError() {
        Cli run = Cli.run("evaluate", "--timeout", "soon", scenario);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'soon' is not a time such as 500ms, 10s or 2m");
    }
}
