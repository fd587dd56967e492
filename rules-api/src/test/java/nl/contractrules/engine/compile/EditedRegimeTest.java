package nl.contractrules.engine.compile;

import static nl.contractrules.engine.compile.EditedRuleSetTest.edited;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * An edited regime whose files differ from the bundled ones in their rules only has just those files compiled onto the
 * build's model, with every file that calls a function they change; any other edit compiles the regime whole, as does
 * an edit that does not compile, whose problems are then the whole compile's. (That the rule bases decide alike is
 * rules-tests' {@code EditedRegimeTest}.)
 */
class EditedRegimeTest {
    @Test
    void aNumberInADecisionTableCompilesThatTableOnly() {
        RuleBases.Compilation compilation = RuleBases.compile(edited("kpneen/sla-levels.csv",
                "STANDAARD,false,,480,", "STANDAARD,false,,360,"));

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).containsExactly(Regime.KPN_EEN);
        assertThat(compilation.filesOnly()).isEqualTo(Map.of(Regime.KPN_EEN, List.of("kpneen/sla-levels.csv")));
    }

    @Test
    void aTermCompilesItsTableAndTheFilesThatCallIt() {
        RuleBases.Compilation compilation = RuleBases.compile(edited("microsoft/terms.data.csv",
                "(beperkt tot zes uur of minder)\",360,", "(beperkt tot zes uur of minder)\",240,"));

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.filesOnly()).isEqualTo(Map.of(Regime.MICROSOFT_UNIFIED,
                List.of("microsoft/work.drl", "microsoft/terms.data.csv")));
    }

    @Test
    void theRuleBaseHasTheRegimesRulesAndNoPlaceholder() {
        List<RuleFile> files = edited("connect1/fair-use.data.csv", "CONNECT_SECURE_VOIP,2", "CONNECT_SECURE_VOIP,3");
        RuleBases.Compilation compilation = RuleBases.compile(files);

        assertThat(compilation.filesOnly()).containsOnlyKeys(Regime.CONNECT_1);
        assertThat(compilation.rules().ruleNames()).isEqualTo(RuleBases.compileFromDrl(files).rules().ruleNames());
    }

    @Test
    void aRuleRenamedTakesThePlaceOfItsOldName() {
        String before = "rule \"WN.WK.2 application use, settings and onboarding are billed separately, no minimum\"";
        String after = "rule \"WN.WK.2 application use, settings and onboarding: billed separately\"";
        List<RuleFile> files = edited("websitenazorg/work.drl", before, after);
        RuleBases.Compilation compilation = RuleBases.compile(files);

        assertThat(compilation.filesOnly()).isEqualTo(Map.of(Regime.WEBSITENAZORG_O365,
                List.of("websitenazorg/work.drl")));
        assertThat(compilation.rules().ruleNames())
                .contains("websitenazorg/WN.WK.2 application use, settings and onboarding: billed separately")
                .doesNotContain("websitenazorg/WN.WK.2 application use, settings and onboarding are billed separately,"
                        + " no minimum")
                .isEqualTo(RuleBases.compileFromDrl(files).rules().ruleNames());
    }

    @Test
    void aRuleAddedCompilesTheWholeRegime() {
        String rule = "rule \"WN.WK.1 added by an analyst\"\n"
                + "    @id(\"WN.WK.1\") @seed(\"002_c84bb13984f45299.txt\") @section(\"2.1\")\n"
                + "when\n    WorkItem(category == WorkCategory.DATA_MIGRATION)\nthen\nend\n";
        RuleBases.Compilation compilation = RuleBases.compile(edited("websitenazorg/work.drl", "\nrule ",
                "\n" + rule + "\nrule "));

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.fromDrl()).containsExactly(Regime.WEBSITENAZORG_O365);
        assertThat(compilation.filesOnly()).isEmpty();
        assertThat(compilation.rules().ruleNames()).contains("websitenazorg/WN.WK.1 added by an analyst");
    }

    @Test
    void anImportAddedCompilesTheWholeRegime() {
        RuleBases.Compilation compilation = RuleBases.compile(edited("kpneen/calls.drl", "\nimport ",
                "\nimport java.util.Map;\nimport "));

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).containsExactly(Regime.KPN_EEN);
        assertThat(compilation.filesOnly()).isEmpty();
    }

    @Test
    void aTypeDeclaredDifferentlyCompilesTheWholeRegime() {
        RuleBases.Compilation compilation = RuleBases.compile(edited("microsoft/work.drl",
                "declare AdvisoryLimit\n", "declare AdvisoryLimit @role(event)\n"));

        assertThat(compilation.ok()).isTrue();
        assertThat(compilation.fromDrl()).containsExactly(Regime.MICROSOFT_UNIFIED);
        assertThat(compilation.filesOnly()).isEmpty();
    }

    @Test
    void aFileThatDoesNotCompileHasTheProblemsTheWholeCompileFinds() {
        List<RuleFile> files = edited("microsoft/work.drl", "insert(new AdvisoryLimit(advisoryLimitMinutes()));",
                "insert(new AdvisoryLimit(advisoryLimitMinute()));");
        RuleBases.Compilation compilation = RuleBases.compile(files);

        assertThat(compilation.ok()).isFalse();
        assertThat(compilation.problems()).isNotEmpty().isEqualTo(RuleBases.compileFromDrl(files).problems());
        assertThat(compilation.problems().get(0).file()).isEqualTo("microsoft/work.drl");
    }
}
