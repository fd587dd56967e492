package nl.contractrules.engine.build;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.contractrules.engine.compile.BundledRules;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import org.junit.jupiter.api.Test;

/**
 * The build step compiles the bundled rules through the checks every rule set passes: what loading a directory
 * refuses, the build refuses too, at the same file and line.
 */
class BundledRulesWriterTest {
    private static final RuleFile CALENDARS = RuleFile.bundled().stream()
            .filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst().orElseThrow();

    private static List<RuleProblem> problems(String drl) {
        List<RuleProblem> problems = new ArrayList<>();
        byte[] module = BundledRulesWriter.compile(List.of(CALENDARS,
                new RuleFile("connectsecure365/t.drl", drl.getBytes(UTF_8))), problems);
        assertThat(module == null).as("compiled: " + problems).isEqualTo(!problems.isEmpty());
        return problems;
    }

    @Test
    void theGuardRailsStopTheBuild() {
        assertThat(problems("""
                package connectsecure365;
                import nl.contractrules.model.*;
                rule "T.1 leaks" @id("T.1") @seed("s") @section("1")
                when Incident() then System.exit(1); end
                """)).singleElement().hasToString("connectsecure365/t.drl:4: System is not allowed in rule files (no "
                + "System, Runtime, threads, processes, timers, class loading or resources)");
    }

    @Test
    void aDuplicateRuleNameStopsTheBuild() {
        assertThat(problems("""
                package connectsecure365;
                import nl.contractrules.model.*;
                rule "T.1 once" @id("T.1") @seed("s") @section("1") when Incident() then end
                rule "T.1 once" @id("T.1") @seed("s") @section("1") when Incident() then end
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("duplicate rule name"));
    }

    @Test
    void aRuleWithoutItsCitationOrInTheWrongPlaceStopsTheBuild() {
        assertThat(problems("""
                package elsewhere;
                import nl.contractrules.model.*;
                rule "T.1 where" @id("T.1") @seed("s") @section("1") when Incident() then end
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("'elsewhere'"));
        assertThat(problems("""
                package connectsecure365;
                import nl.contractrules.model.*;
                rule "T.1 uncited" @seed("s") @section("1") when Incident() then end
                """)).singleElement().hasToString("connectsecure365/t.drl:3: rule \"T.1 uncited\" has no @id(...): "
                + "every rule cites its rulebook ID, seed and section");
        assertThat(problems("""
                package connectsecure365;
                import nl.contractrules.model.*;
                rule "T.1 misnamed" @id("T 1") @seed("s") @section("1") when Incident() then end
                """)).singleElement().satisfies(p -> assertThat(p.message()).contains("'T 1' is not a rulebook ID"));
    }

    @Test
    void theModelsIndexOrderAndDigestsComeBeforeItsClasses() throws IOException {
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleFile> files = List.of(CALENDARS, new RuleFile("connectsecure365/t.drl", """
                package connectsecure365;
                import nl.contractrules.model.*;
                rule "T.1 fine" @id("T.1") @seed("s") @section("1") when Incident() then end
                """.getBytes(UTF_8)));
        byte[] module = BundledRulesWriter.compile(files, problems);
        byte[] jar = BundledRulesWriter.modelClasses(module, List.of("connectsecure365/T.1 fine"), "digests\n");

        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertThat(names.subList(0, 3)).containsExactly(BundledRules.INDEX, BundledRules.ORDER, BundledRules.DIGESTS);
        assertThat(names.subList(3, names.size())).isNotEmpty().allMatch(name -> name.endsWith(".class"));
    }

    @Test
    void rulesThatPassEveryCheckCompileIntoAModule() {
        assertThat(problems("""
                package connectsecure365;
                import nl.contractrules.model.*;
                rule "T.1 fine" @id("T.1") @seed("s") @section("1") when Incident() then end
                """)).isEmpty();
    }
}
