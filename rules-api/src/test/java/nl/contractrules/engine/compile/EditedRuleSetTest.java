package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import org.junit.jupiter.api.Test;

/**
 * An edited copy of the bundled rules compiles from DRL only the regimes whose sources the edit changed, and takes
 * the others as the build compiled them; the files of a regime the edit left alone are not read again (the build
 * checked them), every other file is checked, and the calendars and flags are the edited set's.
 */
class EditedRuleSetTest {
    /** The bundled files with the first occurrence of {@code from} in one file replaced by {@code to}. */
    static List<RuleFile> edited(String path, String from, String to) {
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
    void aCheckBuildsTheEditedRegimeOnlyAndCountsEveryRule() {
        List<RuleFile> files = edited("kpneen/sla-levels.csv", "STANDAARD,false,,480,", "STANDAARD,false,,360,");
        RuleBases.Compilation check = RuleBases.check(files);

        assertThat(check.ok()).isTrue();
        assertThat(check.rules()).isNull();
        assertThat(check.fromDrl()).containsExactly(Regime.KPN_EEN);
        assertThat(check.ruleCount()).isEqualTo(RuleBases.compile(files).ruleCount())
                .isEqualTo(BundledRules.load().orElseThrow().ruleCount());
    }

    @Test
    void compiledAgainTheRuleBasesOfTheRegimesLeftAloneAreBuiltOnce() {
        List<RuleFile> files = edited("kpneen/sla-levels.csv", "STANDAARD,false,,480,", "STANDAARD,false,,360,");
        RuleBases first = RuleBases.compile(files).rules();
        RuleBases again = RuleBases.compile(files).rules();

        assertThat(again.kieBase(Regime.CONNECT_1)).isSameAs(first.kieBase(Regime.CONNECT_1));
        assertThat(again.kieBase(Regime.KPN_EEN)).isNotSameAs(first.kieBase(Regime.KPN_EEN));
    }

    @Test
    void aCheckFindsTheProblemsOfTheEditedRegime() {
        RuleBases.Compilation check = RuleBases.check(edited("kpneen/sla-levels.csv", "STANDAARD,false,,480,",
                "STANDAARD,false,,eight hours,"));

        assertThat(check.ok()).isFalse();
        assertThat(check.problems()).extracting(RuleProblem::file).contains("kpneen/sla-levels.csv");
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
    void anEditInARegimesFolderChangesItsFileDigestOnlyAndASharedFileEveryRegimes() {
        List<RuleFile> bundled = RuleFile.bundled();
        List<RuleFile> kpn = edited("kpneen/sla-levels.csv", "STANDAARD,false,,480,", "STANDAARD,false,,360,");
        List<RuleFile> shared = edited("cbgconnect/periods.drt", "template header", "// edited\ntemplate header");
        List<RuleFile> topLevel = edited(RuleFile.CALENDARS, "\ncalendar.", "\n# edited\ncalendar.");
        Map<Regime, BundledRules.Digests> built = BundledRules.read().orElseThrow().digests();

        for (Regime regime : Regime.values()) {
            assertThat(CheckedRules.fileDigest(regime, bundled)).as(regime.name())
                    .isEqualTo(built.get(regime).files());
            assertThat(CheckedRules.fileDigest(regime, kpn).equals(built.get(regime).files())).as(regime.name())
                    .isEqualTo(regime != Regime.KPN_EEN);
            assertThat(CheckedRules.fileDigest(regime, shared)).as(regime.name())
                    .isNotEqualTo(built.get(regime).files());
            assertThat(CheckedRules.fileDigest(regime, topLevel)).as(regime.name())
                    .isNotEqualTo(built.get(regime).files());
        }
    }

    @Test
    void theFilesOfAnUnchangedRegimeAreNotReadAgain() {
        List<RuleFile> files = edited("microsoft/compliance.drl", "package microsoft;", "package microsoft; rule");
        Map<Regime, DeclaredFlags.Raised> unchanged = Map.of(Regime.MICROSOFT_UNIFIED,
                BundledRules.read().orElseThrow().digests().get(Regime.MICROSOFT_UNIFIED).raised());

        assertThat(CheckedRules.check(files).problems()).extracting(RuleProblem::file)
                .contains("microsoft/compliance.drl");
        assertThat(CheckedRules.check(files, unchanged).problems()).isEmpty();
    }

    @Test
    void aFlagOnlyAnUnchangedRegimeRaisesIsRaised() {
        DeclaredFlags.Raised microsoft = BundledRules.read().orElseThrow().digests().get(Regime.MICROSOFT_UNIFIED)
                .raised();
        List<RuleFile> kpn = edited("kpneen/sla-levels.csv", "STANDAARD,false,,480,", "STANDAARD,false,,360,");
        Map<Regime, DeclaredFlags.Raised> unchanged = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            if (regime != Regime.KPN_EEN) {
                unchanged.put(regime, BundledRules.read().orElseThrow().digests().get(regime).raised());
            }
        }

        assertThat(microsoft.names()).contains("ESTIMATE_ONLY");
        assertThat(CheckedRules.check(kpn, unchanged).problems()).isEmpty();
        assertThat(CheckedRules.check(kpn, Map.of(Regime.MICROSOFT_UNIFIED, DeclaredFlags.Raised.NONE)).problems())
                .extracting(RuleProblem::message).anySatisfy(m -> assertThat(m)
                        .contains("flag ESTIMATE_ONLY is declared, but no rule raises it"));
    }

    @Test
    void aFlagWhoseLastRaiseAnEditDropsIsAProblemWhereItIsDeclared() {
        String file = "connectsecure365/work.drl";
        int declared = text(RuleFile.FLAGS).lines().toList().indexOf(text(RuleFile.FLAGS).lines()
                .filter(l -> l.startsWith("MONTHLY_SUBSCRIPTION ")).findFirst().orElseThrow()) + 1;

        RuleBases.Compilation compilation = RuleBases.compile(edited(file, "answer.flag(\"MONTHLY_SUBSCRIPTION\");",
                "answer.flag(\"SAME_LEVEL\");"));

        assertThat(compilation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(RuleFile.FLAGS);
            assertThat(p.line()).isEqualTo(declared);
            assertThat(p.message()).contains("MONTHLY_SUBSCRIPTION is declared, but no rule raises it");
        });
    }

    @Test
    void fromDrlCompilesEveryRegime() {
        RuleBases.Compilation compilation = RuleBases.compileFromDrl(RuleFile.bundled());

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).isEqualTo(EnumSet.allOf(Regime.class));
    }
}
