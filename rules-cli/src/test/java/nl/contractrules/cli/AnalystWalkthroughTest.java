package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough of {@code docs/analysts.md}, step by step through the command line: export the rules, change
 * the BASIS contiguous maximum from 30 to 45 minutes, validate, and check a scenario that only the edit passes.
 */
class AnalystWalkthroughTest {
    /** The scenario of the walkthrough, as the guide shows it. */
    private static final String SCENARIO = """
            {
              "name": "BASIS: 45 minutes of contiguous work inside the subscription",
              "contract": { "id": "C-2001", "regime": "CONNECT_SECURE_365", "tier": "BASIS" },
              "cases": [
                { "id": "work-40", "kind": "work",
                  "input":  { "category": "GENERAL", "expectedMinutes": 40 },
                  "expect": { "covered": true, "deductedMinutes": 0, "billableMinutes": 0,
                              "rulesInclude": ["CS365.WK.1"] } }
              ]
            }
            """;

    @Test
    void changeTheBasisContiguousMaximumFrom30To45Minutes(@TempDir Path work) throws IOException {
        Path rules = work.resolve("my-rules");
        Path scenario = work.resolve("basis-45.json");

        // 1. export-rules: the bundled rule files, to edit
        assertThat(Cli.run("export-rules", rules).exit()).isZero();

        // 2. the edit: in tiers.csv, the BASIS row of the contiguous maximum table, 30 -> 45
        Path tiers = rules.resolve("connectsecure365/tiers.csv");
        List<String> lines = Files.readAllLines(tiers, UTF_8);
        String basis = "CS365.WK.1 BASIS contiguous maximum,CS365.WK.1,000_05f4ee6d280aca41.txt,"
                + "5 Connect Secure 365 dienstverlening (Maximale aaneengesloten tijd),BASIS,";
        assertThat(lines).contains(basis + "30");
        Files.write(tiers, lines.stream().map(l -> l.equals(basis + "30") ? basis + "45" : l).toList(), UTF_8);

        // 3. validate: no problems
        Cli validate = Cli.run("validate", rules);
        assertThat(validate.exit()).isZero();
        assertThat(validate.out()).contains("no problems");

        // 4. a scenario for the change: 40 minutes expected is now covered
        Files.writeString(scenario, SCENARIO, UTF_8);

        // 5. check: fails with the bundled rules, passes with the edited ones
        Cli bundled = Cli.run("check", scenario);
        assertThat(bundled.exit()).isEqualTo(1);
        assertThat(bundled.out()).contains("covered: expected true, actual false").contains("0 passed, 1 failed");
        Cli edited = Cli.run("check", "--rules", rules, scenario);
        assertThat(edited.exit()).isZero();
        assertThat(edited.out()).isEqualToIgnoringNewLines("1 passed, 0 failed");
    }

    @Test
    void exportedRulesAreTheBundledOnesFileForFile(@TempDir Path rules) {
        assertThat(Cli.run("export-rules", rules).exit()).isZero();

        List<RuleFile> exported = RuleFile.directory(rules);
        List<RuleFile> bundled = RuleFile.bundled();
        assertThat(exported).extracting(RuleFile::path).containsExactlyElementsOf(
                bundled.stream().map(RuleFile::path).toList());
        for (int i = 0; i < bundled.size(); i++) {
            assertThat(exported.get(i).content()).as(exported.get(i).path()).isEqualTo(bundled.get(i).content());
        }
        assertThat(Cli.run("validate", rules).out()).startsWith(rules + ": " + ContractRules.bundled().ruleCount()
                + " rules, no problems");
    }

    @Test
    void validateRejectsARuleFileThatCallsSystemExit(@TempDir Path rules) throws IOException {
        assertThat(Cli.run("export-rules", rules).exit()).isZero();
        Files.writeString(rules.resolve("connectsecure365/leave.drl"), """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;

                rule "CS365.X.1 leave"
                    @id("CS365.X.1") @seed("000_05f4ee6d280aca41.txt") @section("0")
                when
                    Contract()
                then
                    System.exit(3);
                end
                """, UTF_8);

        Cli validate = Cli.run("validate", rules);

        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out().lines()).containsExactly(rules.resolve("connectsecure365/leave.drl")
                + ":9: System is not allowed in rule files (no System, Runtime, threads, processes, timers, "
                + "class loading or resources)");
        Cli check = Cli.run("check", "--rules", rules, rules.resolve("absent.json"));
        assertThat(check.exit()).isEqualTo(Main.UNREADABLE);
        assertThat(check.err()).contains("leave.drl:9: System is not allowed");
    }
}
