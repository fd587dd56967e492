package nl.contractrules.api;

import static nl.contractrules.api.RuleSets.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem comes back as a typed result, at the file and line an analyst has to change. */
class ValidationTest {
    private static final String CITED = "@id(\"T.1\") @seed(\"s.txt\") @section(\"1\")";

    @Test
    void theBundledRulesHaveNoProblem() {
        Validation validation = ContractRules.validate(RuleFile.bundled());

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.ok()).isTrue();
        assertThat(validation.ruleCount()).isEqualTo(ContractRules.bundled().ruleCount()).isPositive();
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLine() {
        Validation validation = validate("t/syntax.drl", """
                package t;
                import nl.contractrules.model.*;

                rule "half a pattern"
                    %s
                when
                    Contract(regime == )
                then
                end
                """.formatted(CITED));

        assertThat(validation.ok()).isFalse();
        assertThat(validation.ruleCount()).isZero();
        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("t/syntax.drl");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).contains("')'");
        });
    }

    @Test
    void aFileThatDoesNotParseIsReportedAloneNotWithItsPackagesOtherFiles() {
        Validation validation = validate("t/declares.drl", """
                package t;
                declare Flagged
                end
                rule "uses the declared type"
                    %s
                when
                    Flagged()
                then
                end
                """.formatted(CITED), "t/broken.drl", """
                package t;
                rule "broken" when Flagged( then end
                """);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("t/broken.drl");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void unknownFactTypesAndFieldsAreReportedAtTheirLines() {
        Validation validation = validate("t/names.drl", """
                package t;
                import nl.contractrules.model.*;

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
                .containsExactly(tuple("t/names.drl", 7),
                        tuple("t/names.drl", 14));
        assertThat(validation.problems().get(0).message()).contains("colour").doesNotContain("\n");
        assertThat(validation.problems().get(1).message()).contains("Contrakt");
    }

    @Test
    void aDuplicateRuleNameIsReportedAtTheSecondDeclarationNamingTheFirst() {
        String rule = """
                package t;
                import nl.contractrules.model.*;

                rule "same name"
                    %s
                when
                    Contract()
                then
                end
                """.formatted(CITED);
        Validation validation = validate("t/a.drl", rule, "t/b.drl", "\n\n" + rule);

        assertThat(validation.problems()).containsExactly(new RuleProblem("t/b.drl", 6,
                "duplicate rule name \"same name\" in package t: first declared at t/a.drl:4"));
    }

    @Test
    void aRuleWithoutItsRulebookIdIsReportedAtItsDeclaration() {
        Validation validation = validate("t/uncited.drl", """
                package t;
                import nl.contractrules.model.*;

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

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("t/uncited.drl");
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.message()).contains("\"uncited\" has no @id");
        });
        assertThat(validation.ruleCount()).isEqualTo(2);
    }

    @Test
    void anErrorInAConsequenceIsReportedAtTheLineThatHasIt() {
        Validation validation = validate("t/then.drl", """
                package t;
                import nl.contractrules.model.*;

                rule "calls what is not there"
                    %s
                when
                    $c : Contract()
                    $a : Answer()
                then
                    $a.flag("X");
                    $a.flag($c.nickname());
                end
                """.formatted(CITED));

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
}
