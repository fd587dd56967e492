package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.logging.CapturedLogging;
import nl.contractrules.logging.CapturedLogging.Event;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;

/**
 * What an application at log level INFO sees: one line per rule set loaded and per reload, on the library's own
 * loggers, a refused reload one WARN line naming its first problem, and nothing from Drools.
 */
class LoggingTest {
    private static final String LOAD = "nl.contractrules.load";
    private static final String RELOAD = "nl.contractrules.reload";
    /** A small rule set: every regime has a rule base, and so a Drools rule base to build. */
    private static final List<RuleFile> SMALL = RuleSets.of("connectsecure365/a.drl", """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;
            rule "X.Y.1 calamity" @id("X.Y.1") @seed("s") @section("1")
            when Incident() then answer.set(IncidentFields.CALAMITY, true); end
            """);

    @BeforeEach
    void forgetEarlierEvents() {
        CapturedLogging.clear();
    }

    private static List<Event> from(String logger) {
        return CapturedLogging.events().stream().filter(e -> e.logger().equals(logger)).toList();
    }

    private static List<Event> fromDrools() {
        return CapturedLogging.events().stream()
                .filter(e -> e.logger().startsWith("org.drools") || e.logger().startsWith("org.kie")).toList();
    }

    @Test
    void loadingADirectoryLogsOneLineAndDroolsNothing(@TempDir Path dir) throws IOException {
        RuleFile.write(SMALL, dir);

        ContractRules.load(dir);

        assertThat(fromDrools()).isEmpty();
        assertThat(from(LOAD)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(Level.INFO);
            assertThat(e.message()).startsWith("compiled ").contains(" rules from ");
        });
        assertThat(CapturedLogging.events()).extracting(Event::logger).containsOnly(LOAD);
    }

    @Test
    void loadingTheBundledRulesLogsOneLineAndDroolsNothing() {
        ContractRules.bundled();

        assertThat(fromDrools()).isEmpty();
        assertThat(from(LOAD)).singleElement().extracting(Event::level).isEqualTo(Level.INFO);
    }

    @Test
    void aRefusedReloadIsOneWarningNamingTheFirstProblemAndNoError() {
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.of(SMALL));
        List<RuleFile> broken = new ArrayList<>(SMALL);
        broken.add(new RuleFile("connectsecure365/broken.drl", """
                package connectsecure365;
                import nl.contractrules.model.*;
                rule "X.Y.1 an unknown field" @id("X.Y.1") @seed("s") @section("1")
                when Contract(colour == "red") then end
                """.getBytes(UTF_8)));
        CapturedLogging.clear();

        Validation validation = rules.reload(broken);

        assertThat(validation.ok()).isFalse();
        assertThat(CapturedLogging.events()).noneMatch(e -> e.level() == Level.ERROR);
        assertThat(CapturedLogging.events()).filteredOn(e -> e.level() == Level.WARN).singleElement()
                .satisfies(e -> {
                    assertThat(e.logger()).isEqualTo(RELOAD);
                    assertThat(e.message()).contains("refused", validation.problems().get(0).toString())
                            .doesNotContain("\n");
                });
        assertThat(fromDrools()).isEmpty();
    }

    @Test
    void aReloadPutInUseIsOneLine() {
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.of(SMALL));
        CapturedLogging.clear();

        assertThat(rules.reload(SMALL).ok()).isTrue();

        assertThat(from(RELOAD)).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(Level.INFO);
            assertThat(e.message()).contains("put in use");
        });
        assertThat(fromDrools()).isEmpty();
    }
}
