package nl.contractrules.api;

import static nl.contractrules.api.RuleSets.flags;
import static nl.contractrules.api.RuleSets.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZonedDateTime;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Flag;
import nl.contractrules.model.Incident;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * Flags are a vocabulary the rule set declares (its flags.properties): a rule raising another one, or a declared
 * flag no rule raises, is a problem at its file and line, and asking a decision for an undeclared flag is a mistake.
 */
class FlagsTest {
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T10:00:00+01:00");
    private static final String RULES = """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;
            rule "T.1 flags" @id("T.1") @seed("s") @section("1")
            when Incident()
            then
                answer.flag("CHECKED");
                answer.flag("TARGET_BY_" + "T.1");
            end
            """;

    @Test
    void theRuleSetDeclaresItsFlagsWithWhatEachTells() {
        ContractRules rules = ContractRules.of(RuleSets.of("connectsecure365/f.drl", RULES, RuleFile.FLAGS,
                "# the test's flags\nCHECKED = the case was checked\nTARGET_BY_T.1 = the target of T.1\n"));

        assertThat(rules.flags()).containsEntry(Flag.of("CHECKED"), "the case was checked")
                .containsEntry(Flag.of("TARGET_BY_T.1"), "the target of T.1").hasSize(2);
        Decision<Incident> d = rules.decide(BASIS, Incident.reportedAt(MONDAY));
        assertThat(d.flags()).extracting(Flag::name).containsExactly("CHECKED", "TARGET_BY_T.1");
        assertThat(d.hasFlag("CHECKED")).isTrue();
        assertThatThrownBy(() -> d.hasFlag("OUTSIDE_SERVICE_WINDOW")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OUTSIDE_SERVICE_WINDOW is not declared");
    }

    @Test
    void aFlagRaisedButNotDeclaredIsAProblemWhereItIsRaised() {
        Validation validation = validate("connectsecure365/f.drl", RULES, RuleFile.FLAGS, flags("TARGET_BY_T.1"));

        assertThat(validation.problems()).extracting(RuleProblem::file, RuleProblem::line)
                .containsExactly(tuple("connectsecure365/f.drl", 7));
        assertThat(validation.problems().get(0).message()).contains("flag CHECKED is not declared", "flags.properties");
    }

    @Test
    void aFamilyOfFlagsWithoutADeclaredMemberIsAProblemWhereItIsRaised() {
        Validation validation = validate("connectsecure365/f.drl", RULES, RuleFile.FLAGS, flags("CHECKED"));

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.message()).contains("TARGET_BY_...", "none is declared");
        });
    }

    @Test
    void aDeclaredFlagNoRuleRaisesIsAProblemWhereItIsDeclared() {
        Validation validation = validate("connectsecure365/f.drl", RULES, RuleFile.FLAGS,
                flags("CHECKED", "TARGET_BY_T.1", "OUTSIDE_SERVICE_WINDOW"));

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p).isEqualTo(new RuleProblem(RuleFile.FLAGS, 3, p.message()));
            assertThat(p.message()).contains("OUTSIDE_SERVICE_WINDOW is declared, but no rule raises it");
        });
    }

    @Test
    void aFlagsFileLineThatDeclaresNoFlagIsAProblemAtItsLine() {
        Validation validation = validate("connectsecure365/f.drl", RULES, RuleFile.FLAGS,
                flags("CHECKED", "TARGET_BY_T.1") + "lower_case = a flag\nSILENT\nCHECKED = again\n");

        assertThat(validation.problems()).extracting(RuleProblem::line).containsExactly(3, 4, 5);
        assertThat(validation.problems()).extracting(RuleProblem::message).satisfiesExactly(
                m -> assertThat(m).contains("'lower_case' is not a flag name"),
                m -> assertThat(m).contains("SILENT says nothing"),
                m -> assertThat(m).contains("CHECKED is declared already, at line 1"));
    }

    @Test
    void aRuleSetWithoutAFlagsFileRaisesNoFlag() {
        Validation validation = validate("connectsecure365/f.drl", RULES);

        assertThat(validation.problems()).extracting(RuleProblem::message).anySatisfy(m ->
                assertThat(m).contains("flag CHECKED is not declared", "the rule set has no flags.properties"));
    }

    @Test
    void aFlagRaisedByAnyOtherExpressionIsCheckedAsTheRulesRun() {
        ContractRules rules = ContractRules.of(RuleSets.of("connectsecure365/f.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;
                rule "T.1 flags" @id("T.1") @seed("s") @section("1")
                when $i : Incident()
                then answer.flag($i.description());
                end
                """, RuleFile.FLAGS, flags("CHECKED")));

        assertThat(rules.decide(BASIS, Incident.builder(MONDAY).description("CHECKED").build()).flags())
                .containsExactly(Flag.of("CHECKED"));
        assertThat(rules.evaluate(BASIS, Incident.builder(MONDAY).description("OTHER").build()))
                .isInstanceOfSatisfying(Rejection.RuleFailure.class,
                        f -> assertThat(f.message()).contains("flag OTHER is not declared"));
    }

    @Test
    void theBundledRulesDeclareEveryFlagTheyRaise() {
        ContractRules rules = ContractRules.bundled();

        assertThat(rules.flags()).containsKeys(Flag.of("TARGET_MISSED"), Flag.of("ESTIMATE_ONLY"),
                Flag.of("TARGET_BY_MS.RT.3"));
        assertThat(rules.flags().values()).allSatisfy(meaning -> assertThat(meaning).isNotBlank());
    }
}
