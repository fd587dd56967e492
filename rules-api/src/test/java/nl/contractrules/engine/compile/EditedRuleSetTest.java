package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import org.junit.jupiter.api.Test;

/**
 * An edited copy of the bundled rules compiles from DRL only the regimes whose sources the edit changed, and takes
 * the others as the build compiled them; every file is still checked, and the calendars and flags are the edited
 * set's.
 */
class EditedRuleSetTest {
    /** The bundled files with the first occurrence of {@code from} in one file replaced by {@code to}. */
    private static List<RuleFile> edited(String path, String from, String to) {
        List<RuleFile> files = RuleFile.bundled();
        assertThat(files).extracting(RuleFile::path).contains(path);
        return files.stream().map(file -> {
            if (!file.path().equals(path)) {
                return file;
            }
            String text = new String(file.content(), UTF_8);
            assertThat(text).as(path).contains(from);
            return new RuleFile(path, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to))
                    .getBytes(UTF_8));
        }).toList();
    }

    private static String text(String path) {
        return RuleFile.bundled().stream().filter(f -> f.path().equals(path)).map(f -> new String(f.content(), UTF_8))
                .findFirst().orElseThrow();
    }

    @Test
    void theBundledFilesCompileNothingFromDrl() {
        RuleBases.Compilation compilation = RuleBases.compile(RuleFile.bundled());

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).isEmpty();
        assertThat(compilation.ruleCount()).isEqualTo(BundledRules.load().orElseThrow().ruleCount());
    }

    @Test
    void aNumberOfOneRegimeCompilesThatRegimeOnly() {
        RuleBases.Compilation compilation = RuleBases.compile(edited("kpneen/sla-levels.csv", "STANDAARD,false,,480,",
                "STANDAARD,false,,360,"));

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).containsExactly(Regime.KPN_EEN);
    }

    @Test
    void aTemplateTwoRegimesShareCompilesBoth() {
        String template = "cbgconnect/periods.drt";
        String text = text(template);
        RuleBases.Compilation compilation = RuleBases.compile(edited(template, text, "// edited\n" + text));

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).containsExactlyInAnyOrder(Regime.CONNECT_1, Regime.KPN_EEN);
    }

    @Test
    void theCalendarsAreTheEditedSetsWithEveryRegimeReused() {
        RuleBases.Compilation compilation = RuleBases.compile(edited(RuleFile.CALENDARS, "\ncalendar.",
                "\ncalendar.EDITED = MON-FRI 09:00-17:00\ncalendar."));

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).isEmpty();
        assertThat(compilation.rules().calendars().calendarIds()).contains("EDITED");
    }

    @Test
    void aProblemInAFileOfAReusedRegimeIsStillReportedAtItsLine() {
        String raises = "microsoft/compliance.drl";
        int line = text(raises).lines().toList().indexOf("    answer.flag(\"ESTIMATE_ONLY\");") + 1;
        String declared = text(RuleFile.FLAGS).lines().filter(l -> l.startsWith("ESTIMATE_ONLY ")).findFirst()
                .orElseThrow();

        RuleBases.Compilation compilation = RuleBases.compile(edited(RuleFile.FLAGS, declared + "\n", ""));

        assertThat(line).isPositive();
        assertThat(compilation.ok()).isFalse();
        assertThat(compilation.problems()).extracting(RuleProblem::file, RuleProblem::line)
                .contains(tuple(raises, line));
    }

    @Test
    void fromDrlCompilesEveryRegime() {
        RuleBases.Compilation compilation = RuleBases.compileFromDrl(RuleFile.bundled());

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).isEqualTo(EnumSet.allOf(Regime.class));
    }
}
