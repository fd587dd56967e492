package nl.contractrules.api;

import static nl.contractrules.api.RuleSets.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.model.RuleFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem comes back as a typed result, at the file and line an analyst has to change. */
class ValidationTest {
    private static final String CITED = "@id(\"T.1\") @seed(\"s.txt\") @section(\"1\")";

    /** The validation found one problem, in that file at that line, saying each of the fragments. */
    private static void assertSingleProblem(Validation validation, String file, int line, String... fragments) {
        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(fragments);
        });
    }

    @Test
    void theBundledRulesHaveNoProblem() {
        Validation validation = ContractRules.validate(RuleFile.bundled());

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.ok()).isTrue();
        assertThat(validation.ruleCount()).isEqualTo(ContractRules.bundled().ruleCount()).isPositive();
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLine() {
        Validation validation = validate("connectsecure365/syntax.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;

                rule "half a pattern"
                    %s
                when
                    Contract(regime == )
                then
                end
                """.formatted(CITED));

        assertThat(validation.ok()).isFalse();
        assertThat(validation.ruleCount()).isZero();
        assertSingleProblem(validation, "connectsecure365/syntax.drl", 7, "')'");
    }

    @Test
    void aFileThatDoesNotParseIsReportedAloneNotWithItsPackagesOtherFiles() {
        Validation validation = validate("connectsecure365/declares.drl", """
                package connectsecure365;
                declare Flagged
                end
                rule "uses the declared type"
                    %s
                when
                    Flagged()
                then
                end
                """.formatted(CITED), "connectsecure365/broken.drl", """
                package connectsecure365;
                rule "broken" when Flagged( then end
                """);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("connectsecure365/broken.drl");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void unknownFactTypesAndFieldsAreReportedAtTheirLines() {
        Validation validation = validate("connectsecure365/names.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;

                rule "unknown field"
                    %s
                when
                    Contract(colour == "red")
                then
                end

                rule "unknown type"
                    %s
                when
                    Contrakt()
                then
                end
                """.formatted(CITED, CITED));

        assertThat(validation.problems()).extracting(RuleProblem::file, RuleProblem::line)
                .containsExactly(tuple("connectsecure365/names.drl", 7),
                        tuple("connectsecure365/names.drl", 14));
        assertThat(validation.problems().get(0).message()).contains("colour").doesNotContain("\n");
        assertThat(validation.problems().get(1).message()).contains("Contrakt");
    }

    @Test
    void aDuplicateRuleNameIsReportedAtTheSecondDeclarationNamingTheFirst() {
        String rule = """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;

                rule "same name"
                    %s
                when
                    Contract()
                then
                end
                """.formatted(CITED);
        Validation validation = validate("connectsecure365/a.drl", rule, "connectsecure365/b.drl", "\n\n" + rule);

        assertThat(validation.problems()).containsExactly(new RuleProblem("connectsecure365/b.drl", 6,
                "duplicate rule name \"same name\" in package connectsecure365: first declared at connectsecure365/a.drl:4"));
    }

    @Test
    void aRuleWithoutItsRulebookIdIsReportedAtItsDeclaration() {
        Validation validation = validate("connectsecure365/uncited.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;

                rule "cited"
                    %s
                when
                    Contract()
                then
                end

                rule "uncited"
                    @seed("s.txt") @section("1")
                when
                    Contract()
                then
                end
                """.formatted(CITED));

        assertSingleProblem(validation, "connectsecure365/uncited.drl", 11, "\"uncited\" has no @id");
        assertThat(validation.ruleCount()).isEqualTo(2);
    }

    @Test
    void anErrorInAConsequenceIsReportedAtTheLineThatHasIt() {
        Validation validation = validate("connectsecure365/then.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;

                rule "calls what is not there"
                    %s
                when
                    $c : Contract()
                then
                    answer.flag("X");
                    answer.flag($c.nickname());
                end
                """.formatted(CITED), RuleFile.FLAGS, RuleSets.flags("X"));

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("nickname");
        });
    }

    @Test
    void aDirectoryThatCannotBeReadIsAProblemNotAnException(@TempDir Path dir) {
        Validation validation = ContractRules.validate(dir.resolve("absent"));

        assertThat(validation.ok()).isFalse();
        assertThat(validation.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("not a directory"));
        assertThatThrownBy(() -> ContractRules.load(dir.resolve("absent"))).isInstanceOf(RuleLoadException.class);
    }

    @Test
    void aRuleSetWithoutCalendarsOrRulesIsRefused() {
        assertThat(ContractRules.validate(List.of()).problems()).extracting(RuleProblem::message)
                .contains("missing: every rule set needs its calendars file");
        assertThat(ContractRules.validate(RuleSets.of()).problems()).extracting(RuleProblem::message)
                .containsExactly("the rule set has no rules");
    }

    @Test
    void aRuleFileOutsideEveryRegimeFolderIsAProblem() {
        Validation validation = validate("connectsecure365/kept.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                rule "kept" %s when Contract() then end
                """.formatted(CITED), "shared/lost.drl", """
                package shared;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                rule "lost" %s when Contract() then end
                """.formatted(CITED));

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("shared/lost.drl");
            assertThat(p.message()).contains("regime's folder", "connectsecure365", "no regime's rule base");
        });
    }

    @Test
    void aPackageOtherThanItsFolderIsAProblemAtThePackageLine() {
        Validation validation = validate("connectsecure365/renamed.drl", """
                // a comment first

                package elsewhere;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                rule "renamed" %s when Contract() then end
                """.formatted(CITED));

        assertSingleProblem(validation, "connectsecure365/renamed.drl", 3, "'elsewhere'", "'connectsecure365'");
    }

    @Test
    void aPatternOnTheAnswerIsAProblemAtItsLineNamingTheGlobal() {
        Validation validation = validate("kpneen/answered.drl", """
                package kpneen;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                rule "still matches the answer"
                    %s
                when
                    Incident()
                    $a : Answer()
                then
                    $a.flag("X");
                end
                """.formatted(CITED));

        assertSingleProblem(validation, "kpneen/answered.drl", 7, "global Answer answer", "never fire");
    }

    @Test
    void aGlobalTheEngineSetsDeclaredWithAnotherTypeIsAProblemAtItsLine() {
        Validation validation = validate("kpneen/globals.drl", """
                package kpneen;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global java.util.List answer;
                global nl.contractrules.time.BusinessTime time;
                global java.util.List seen;
                rule "noted" %s when Incident() then seen.add("x"); end
                """.formatted(CITED));

        assertSingleProblem(validation, "kpneen/globals.drl", 3,
                "global answer is a nl.contractrules.rulesupport.Answer, not a java.util.List");
    }

    @Test
    void aLeftoverRegimeConditionIsAProblemAtItsLineSayingWhatChanged() {
        Validation validation = validate("kpneen/guarded.drl", """
                package kpneen;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;
                rule "still guarded"
                    %s
                when
                    Incident()
                    not (Contract(tier == Tier.INSTAP,
                                  regime == Regime.KPN_EEN))
                    Contract(regime in (Regime.KPN_EEN, Regime.CONNECT_1))
                    // Contract(regime == Regime.KPN_EEN) in a comment is no condition
                then
                    answer.flag("X");
                end
                """.formatted(CITED), RuleFile.FLAGS, RuleSets.flags("X"));

        assertThat(validation.problems()).extracting(RuleProblem::file, RuleProblem::line)
                .containsExactly(tuple("kpneen/guarded.drl", 9), tuple("kpneen/guarded.drl", 10));
        assertThat(validation.problems()).allSatisfy(p -> assertThat(p.message())
                .contains("regime", "own", "drop the regime condition"));
    }

    @Test
    void aLeftoverRegimeConditionInADecisionTableIsAProblemAtItsRow() {
        Validation validation = validate("connectsecure365/levels.csv", """
                RuleSet,connectsecure365
                Import,nl.contractrules.model.*
                ,
                RuleTable Levels,,,,
                NAME,METADATA,METADATA,METADATA,CONDITION
                ,,,,
                ,"id(""$param"")","seed(""$param"")","section(""$param"")","Contract(regime == Regime.$param)"
                Rule,ID,Seed,Section,Regime
                r1,T.1,s.txt,§1,CONNECT_SECURE_365
                """);

        assertSingleProblem(validation, "connectsecure365/levels.csv", 9, "drop the regime condition");
    }
}
