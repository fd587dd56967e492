package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input files ({@code src/test/resources/hostile}) through the command line: exit 0 when every case is
 * decided or rejected as expected, 1 when an expectation fails, 2 when a file is refused; the other files are
 * still decided and printed, and nothing prints a stack trace.
 */
class HostileInputTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final Path GOOD = HOSTILE.resolve("decided/coerced-values.json");
    private static final String DRL = """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;
            import nl.contractrules.time.BusinessTime;
            global BusinessTime time;

            rule "T.IN.1 incident handled four business hours on" @id("T.IN.1") @seed("s.txt") @section("1")
            when $i : Incident()
            then answer.set(IncidentFields.HANDLED_FROM, time.plusBusinessMinutes($i.reportedAt(), 240, "CBG_OFFICE"));
            end
            """;

    @TempDir
    static Path work;
    static Path rules;

    @BeforeAll
    static void smallRuleSet() throws IOException {
        rules = work.resolve("rules");
        RuleFile calendars = RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS))
                .findFirst().orElseThrow();
        RuleFile.write(List.of(calendars, new RuleFile("connectsecure365/t.drl", DRL.getBytes(UTF_8))), rules);
    }

    @Test
    void everyHostileCaseIsRejectedAsExpected() {
        Cli check = Cli.run("check", "--rules", rules, HOSTILE.resolve("decided"));
        assertThat(check.out()).endsWith("21 passed, 0 failed\n");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
    }

    @Test
    void eachRejectionNamesTheFieldAndTheValue() {
        Cli evaluate = Cli.run("evaluate", "--rules", rules, GOOD);
        assertThat(evaluate.exit()).isZero();
        assertThat(evaluate.out()).contains(
                "\"message\" : \"reportedAt: expected a date-time string with an offset, such as "
                        + "2026-11-21T10:00:00+01:00 (was 1732115400)\"",
                "\"message\" : \"expectedMinutes: expected a whole number (was 20.7)\"",
                "\"message\" : \"module: expected a whole number (was \\\"1\\\")\"",
                "\"message\" : \"outages[0]: is required\"",
                "\"message\" : \"participants: must be between 1 and 10000 (was 2147483643)\"",
                "\"message\" : \"countAtStart: must be between 1 and 100000 (was 0)\"");
    }

    @Test
    void aRefusedFileExitsTwoAndTheOthersAreStillChecked() {
        for (String refused : List.of("trailing-garbage", "duplicate-key", "duplicate-ids", "not-a-scenario")) {
            Path file = HOSTILE.resolve("refused/" + refused + ".json");
            Cli check = Cli.run("check", "--rules", rules, file, GOOD);
            assertThat(check.exit()).as(refused).isEqualTo(Main.UNREADABLE);
            assertThat(check.err()).startsWith(file + ": ");
            assertThat(check.out()).endsWith("20 passed, 0 failed\n");
        }
    }

    @Test
    void aFailedExpectationExitsOneNamingTheCaseByPosition() {
        Cli check = Cli.run("check", "--rules", rules, HOSTILE.resolve("failing"));
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("cases[0]: handledFrom: expected").endsWith("0 passed, 1 failed\n");
    }

    @Test
    void aDocument10000LevelsDeepAndA52MillionCharacterStringAreRefusedAndTheOtherFilesPrinted() throws IOException {
        Path deep = work.resolve("deep.json");
        Files.writeString(deep, "[".repeat(10_000) + "]".repeat(10_000));
        Path long52 = work.resolve("long-string.json");
        try (BufferedWriter w = Files.newBufferedWriter(long52)) {
            w.write("{\"contract\": {\"regime\": \"CONNECT_SECURE_365\", \"tier\": \"BASIS\"}, \"cases\": [], \"name\": \"");
            char[] block = new char[1_000_000];
            Arrays.fill(block, 'x');
            for (int i = 0; i < 52; i++) {
                w.write(block);
            }
            w.write("\"}");
        }
        for (String command : List.of("evaluate", "check")) {
            Cli run = Cli.run(command, "--rules", rules, deep, long52, GOOD);
            assertThat(run.exit()).as(command).isEqualTo(Main.UNREADABLE);
            assertThat(run.err().lines()).satisfiesExactly(
                    line -> assertThat(line).isEqualTo(deep + ": exceeds a reading limit (docs/limits.md): Document"
                            + " nesting depth (65) exceeds the maximum allowed (64) at line 1, column 66"),
                    line -> assertThat(line).startsWith(long52 + ": exceeds a reading limit (docs/limits.md): String"
                            + " value length (").contains(") exceeds the maximum allowed (100000) at line 1, column "));
            assertThat(run.out()).contains(command.equals("check") ? "20 passed" : "\"id\" : \"year-9999\"");
        }
    }

    @Test
    void theTextTableAlignsLongIdsEscapesControlCharactersAndCounts(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("odd-ids.json");
        Files.writeString(file, """
                {"contract": {"regime": "CONNECT_SECURE_365", "tier": "BASIS"}, "cases": [
                  {"id": "a", "kind": "incident", "input": {"reportedAt": "2026-11-21T10:00:00+01:00"}},
                  {"id": "an-id-that-is-longer-than-sixteen", "kind": "incident",
                   "input": {"reportedAt": "2026-11-21T10:00:00+01:00"}},
                  {"id": "bell\\u0007\\u001b[31mred", "kind": "incident", "input": {"reportedAt": 5}}]}
                """);
        Cli run = Cli.run("evaluate", "--format", "text", "--rules", rules, file);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).contains(
                "a                                 incident handledFrom=2026-11-23T12:30:00+01:00",
                "an-id-that-is-longer-than-sixteen incident handledFrom=2026-11-23T12:30:00+01:00",
                "bell\\u0007\\u001b[31mred           incident REJECTED  reportedAt: expected a date-time string with an"
                        + " offset, such as 2026-11-21T10:00:00+01:00 (was 5)",
                "                                           rules: T.IN.1");
        assertThat(run.out()).doesNotContain("\u0007", "\u001b");
        assertThat(lines).last().isEqualTo("2 decided, 1 rejected");
        assertThat(run.exit()).isZero();
    }

    @Test
    void withoutACommandTheUsageGoesToTheErrorStreamWithExitTwo() {
        Cli run = Cli.run();
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("a command is needed: evaluate, check, decide, validate or export-rules",
                "Usage: contract-rules");
        assertThat(run.err().lines()).as("the usage lists every command")
                .anySatisfy(line -> assertThat(line.strip()).startsWith("decide "))
                .anySatisfy(line -> assertThat(line.strip()).startsWith("evaluate "));
    }

    @Test
    void aDirectoryWithoutScenarioFilesIsAnError(@TempDir Path empty) {
        for (String command : List.of("check", "evaluate")) {
            Cli run = Cli.run(command, "--rules", rules, empty);
            assertThat(run.exit()).as(command).isEqualTo(2);
            assertThat(run.err()).isEqualTo("no scenario files (*.json) in " + empty + "\n");
        }
    }

    @Test
    void validateAndRulesNeedADirectory() {
        Cli validate = Cli.run("validate", GOOD);
        assertThat(validate.exit()).isEqualTo(2);
        assertThat(validate.err()).isEqualTo("validate needs a directory of rule files (as written by export-rules); "
                + GOOD + " is not a directory\n");
        Cli check = Cli.run("check", "--rules", work.resolve("absent"), GOOD);
        assertThat(check.exit()).isEqualTo(2);
        assertThat(check.err()).contains(work.resolve("absent") + " does not exist");
    }

    @Test
    void exportRulesNeverOverwritesAnEditUnlessForced(@TempDir Path dir) throws IOException {
        Path export = dir.resolve("my-rules");
        assertThat(Cli.run("export-rules", export).exit()).isZero();
        Path edited = export.resolve(RuleFile.CALENDARS);
        Files.writeString(edited, "# my edit\n", UTF_8);

        Cli again = Cli.run("export-rules", export);
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains(export + " is not empty", "--force");
        assertThat(Files.readString(edited)).isEqualTo("# my edit\n");

        Files.writeString(export.resolve("stale.drl"), "stale", UTF_8);
        Cli forced = Cli.run("export-rules", "--force", export);
        assertThat(forced.exit()).isZero();
        assertThat(Files.readString(edited)).isNotEqualTo("# my edit\n");
        assertThat(export.resolve("stale.drl")).doesNotExist();
        assertThat(RuleFile.directory(export)).hasSameSizeAs(RuleFile.bundled());
        try (Stream<Path> siblings = Files.list(dir)) {
            assertThat(siblings).containsExactly(export);
        }
    }

    @Test
    void exportRulesOntoAFileIsRefusedPlainly(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("rules.txt"), "keep", UTF_8);
        Cli run = Cli.run("export-rules", file);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(file + " is a file; export-rules writes to a new or empty directory\n");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void exportRulesIntoAnEmptyDirectory(@TempDir Path empty) {
        assertThat(Cli.run("export-rules", empty).exit()).isZero();
        assertThat(RuleFile.directory(empty)).hasSameSizeAs(RuleFile.bundled());
    }
}
