package nl.contractrules.api;

import static nl.contractrules.api.RuleSets.validate;
import static org.assertj.core.api.Assertions.assertThat;

import nl.contractrules.model.Flag;
import nl.contractrules.model.RuleProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule files are code: what reaches outside the facts is refused at its line, before anything is compiled. */
class RuleGuardTest {
    private static final String RULE = """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            %s
            global Answer answer;
            rule "guarded"
                @id("T.1") @seed("s.txt") @section("1")
            when
                $c : Contract()
            then
                %s
            end
            """;

    private static List<String> problems(String imports, String consequence) {
        return validate("connectsecure365/guarded.drl", RULE.formatted(imports, consequence)).problems().stream()
                .map(RuleProblem::toString).toList();
    }

    @Test
    void systemExitIsRefusedAtItsLine() {
        assertThat(problems("", "System.exit(1);")).singleElement().asString()
                .startsWith("connectsecure365/guarded.drl:10: System is not allowed in rule files");
    }

    @Test
    void processesThreadsAndTheEnvironmentAreRefused() {
        assertThat(problems("", "Runtime.getRuntime(); new Thread(); new ProcessBuilder(\"x\"); System.getenv(\"X\");"))
                .extracting(p -> p.substring(0, p.indexOf(" is not allowed")))
                .containsExactly("connectsecure365/guarded.drl:10: Runtime", "connectsecure365/guarded.drl:10: Thread",
                        "connectsecure365/guarded.drl:10: ProcessBuilder", "connectsecure365/guarded.drl:10: System");
    }

    @Test
    void importsOutsideTheAllowedPackagesAreRefused() {
        assertThat(problems("import java.io.File;\nimport java.util.concurrent.*;\nimport java.net.URL;", ""))
                .containsExactly(
                        "connectsecure365/guarded.drl:3: import java.io.File: package java.io is not allowed in rule files (allowed: "
                                + "nl.contractrules.model, nl.contractrules.rulesupport, nl.contractrules.time, java.lang, "
                                + "java.math, java.util, java.time.* and the rule set's own packages)",
                        "connectsecure365/guarded.drl:4: import java.util.concurrent.*: package java.util.concurrent is not allowed"
                                + " in rule files (allowed: nl.contractrules.model, nl.contractrules.rulesupport,"
                                + " nl.contractrules.time, java.lang, java.math, java.util, java.time.* and the rule set's"
                                + " own packages)",
                        "connectsecure365/guarded.drl:5: import java.net.URL: package java.net is not allowed in rule files "
                                + "(allowed: nl.contractrules.model, nl.contractrules.rulesupport, nl.contractrules.time, "
                                + "java.lang, java.math, java.util, java.time.* and the rule set's own packages)");
    }

    @Test
    void fullyQualifiedNamesUsedInlineAreChecked() {
        assertThat(problems("", "java.nio.file.Files.delete(null); java.util.concurrent.Executors.newFixedThreadPool(1);"))
                .extracting(p -> p.substring(0, p.indexOf(":", p.indexOf(":", 29) + 1)))
                .containsExactly("connectsecure365/guarded.drl:10: java.nio.file.Files", "connectsecure365/guarded.drl:10: java.util.concurrent.Executors");
    }

    @Test
    void reflectionIsRefused() {
        assertThat(problems("", "Object o = $c.getClass(); Object p = String.class;"))
                .containsExactly("connectsecure365/guarded.drl:10: getClass(…) is not allowed in rule files (no reflection)",
                        "connectsecure365/guarded.drl:10: .class is not allowed in rule files (no reflection)");
    }

    @Test
    void whatTheModelAndTheAllowedPackagesOfferPasses() {
        Validation validation = validate("connectsecure365/guarded.drl", RULE.formatted("""
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.util.List;
                import nl.contractrules.time.ContractTime;
                // System.exit(1) in a comment, and Runtime /* in another */
                """, """
                java.util.List<String> l = new java.util.ArrayList<>(List.of("System.exit(1)"));
                    answer.flag(String.valueOf(java.math.BigDecimal.ONE.add(BigDecimal.TEN)) + LocalDate.now());
                """));

        assertThat(validation.problems()).isEmpty();
    }

    @Test
    void loopsThatNeedNotEndAreRefusedAtTheirLine() {
        assertThat(problems("", "int i = 0; while (i < 10) { i++; }\n    do { i--; } while (i > 0);\n"
                + "    for (int k = 0; ; k++) { }\n    for (String s : java.util.List.of(\"while\")) { }"))
                .containsExactly(
                        "connectsecure365/guarded.drl:10: while loops are not allowed in rule files (a loop runs over a collection:"
                                + " for (Item item : items))",
                        "connectsecure365/guarded.drl:11: do loops are not allowed in rule files (a loop runs over a collection:"
                                + " for (Item item : items))",
                        "connectsecure365/guarded.drl:11: while loops are not allowed in rule files (a loop runs over a collection:"
                                + " for (Item item : items))",
                        "connectsecure365/guarded.drl:12: counting for loops are not allowed in rule files (a loop runs over a "
                                + "collection: for (Item item : items))");
    }

    @Test
    void aLoopInAFunctionIsRefusedToo() {
        Validation validation = validate("connectsecure365/f.drl", """
                package connectsecure365;
                function int spin(int n) {
                    while (true) { n++; }
                }
                """);
        assertThat(validation.problems()).extracting(RuleProblem::toString).containsExactly(
                "connectsecure365/f.drl:3: while loops are not allowed in rule files (a loop runs over a collection: "
                        + "for (Item item : items))");
    }

    @Test
    void recursiveFunctionsAreRefusedAtTheirDeclaration() {
        Validation validation = validate("connectsecure365/f.drl", """
                package connectsecure365;
                function int self(int n) {
                    return n <= 0 ? 0 : self(n - 1);
                }
                function boolean even(int n) { return n == 0 || odd(n - 1); }

                function boolean odd(int n) {
                    return n != 0 && even(n - 1);
                }
                function int plain(int n) { return Math.max(n, helper(n)); }
                function int helper(int n) { return n; }
                """);
        assertThat(validation.problems()).extracting(RuleProblem::toString).containsExactly(
                "connectsecure365/f.drl:2: function self is recursive (self -> self): recursion is not allowed in rule files",
                "connectsecure365/f.drl:5: function even is recursive (even -> odd -> even): recursion is not allowed in rule files",
                "connectsecure365/f.drl:7: function odd is recursive (odd -> even -> odd): recursion is not allowed in rule files");
    }

    @Test
    void aNamedConsequenceIsNoLoop() {
        Validation validation = validate("t/named.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;
                rule "named" @id("T.1") @seed("s.txt") @section("1")
                when
                    $c : Contract()
                    if ($c.id() == "") do[empty]
                then
                    answer.flag("ANY");
                then[empty]
                    answer.flag("EMPTY");
                end
                """);
        assertThat(validation.problems()).extracting(RuleProblem::message)
                .noneMatch(m -> m.contains("loops are not allowed"));
    }

    @Test
    void aDecisionTableIsCheckedAtItsRows() {
        Validation validation = validate("connectsecure365/table.csv", """
                RuleSet,connectsecure365
                Import,"nl.contractrules.model.*, nl.contractrules.rulesupport.*, java.io.File"
                Variables,Answer answer
                RuleTable T,,,
                NAME,METADATA,CONDITION,ACTION
                ,,,
                ,"id(""$param"")","Contract(tier == Tier.$param)",answer.flag($param);
                Rule,ID,Tier,Flag expression
                r1,T.1,BASIS,\"""SYSTEM\"""
                r2,T.2,EXTRA,System.lineSeparator()
                """);

        assertThat(validation.problems()).extracting(RuleProblem::line).containsExactly(2, 10);
        assertThat(validation.problems().get(1).message()).startsWith("System is not allowed");
    }

    @Test
    void whatTheGuardRefusesIsNotCompiled() {
        assertThat(problems("", "System.exit(1); this is not Java")).singleElement().asString()
                .contains("System is not allowed");
    }
}
