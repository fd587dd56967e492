package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code check --rules DIR --watch}: one JVM validates and checks again on each save. The saves are the test's own
 * edits, each made when the command asks for the next save, so the rounds follow one another without a clock.
 */
class CheckWatchTest {
    /** The edits of a test, one a save, each made when the command waits for the next; then watching ends. */
    private static final class Edits implements Saves {
        private final Deque<Supplier<Path>> edits;

        @SafeVarargs
        Edits(Supplier<Path>... edits) {
            this.edits = new ArrayDeque<>(Arrays.asList(edits));
        }

        @Override
        public Optional<Set<Path>> next() {
            Supplier<Path> edit = edits.poll();
            return edit == null ? Optional.empty() : Optional.of(Set.of(edit.get().toAbsolutePath().normalize()));
        }

        @Override
        public void close() {
        }
    }

    /** The command line run with the edits as its saves; its exit code and output. */
    private static Cli watch(Edits edits, Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof CheckCommand check) {
                    check.saves = edits;
                }
                return made;
            }
        };
        int exit = Main.run(Arrays.stream(args).map(String::valueOf).toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true), factory);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** The output of each round: the first check, then one a save (each starts with its "saved:" line). */
    private static List<String> rounds(String out) {
        return Arrays.asList(out.split("(?m)^(?=saved: )"));
    }

    /** An edit: every occurrence of {@code from} in the file replaced by {@code to}. */
    private static Supplier<Path> replace(Path file, String from, String to) {
        return () -> {
            try {
                String text = Files.readString(file, UTF_8);
                assertThat(text).contains(from);
                Files.writeString(file, text.replace(from, to), UTF_8);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The 1-based line of the file that holds {@code text} first. */
    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file, UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @TempDir
    Path work;
    /** An exported copy of the bundled rules, and a copy of the KPN EEN example scenario. */
    private Path rules;
    private Path scenario;

    @BeforeEach
    void exportTheRulesAndCopyAScenario() throws IOException {
        rules = work.resolve("my-rules");
        assertThat(Cli.run("export-rules", rules).exit()).isZero();
        scenario = Files.copy(Path.of("../examples/kpn-een.json"), work.resolve("kpn-een.json"));
    }

    @Test
    void eachSaveValidatesAndChecksAgainKeepingTheLastRulesThatCompiled() throws IOException {
        Path fairUse = rules.resolve("kpneen/fair-use.drl");
        Path slaLevels = rules.resolve("kpneen/sla-levels.csv");
        String reject = "answer.reject(\"measure\", $m.measure(), \"support time";
        int brokenLine = lineOf(fairUse, reject);
        String standaard = "STANDAARD,false,,480,";

        Cli run = watch(new Edits(
                replace(fairUse, reject, reject.replace("answer.reject(", "answer.rejekt(")),
                replace(fairUse, "answer.rejekt(", "answer.reject("),
                replace(slaLevels, standaard, standaard.replace(",480,", ",360,")),
                replace(scenario, "2026-11-23T14:30:00+01:00", "2026-11-23T12:30:00+01:00")),
                "check", "--rules", rules, "--watch", scenario);

        List<String> rounds = rounds(run.out());
        assertThat(rounds).hasSize(5);
        assertThat(rounds.get(0)).contains(rules + ": ", " rules, no problems")
                .containsPattern("\\d+ passed, 0 failed");
        // a save that breaks a rule: its problem at its file and line, and the last rules that compiled still check
        assertThat(rounds.get(1)).startsWith("saved: " + fairUse.toAbsolutePath().normalize())
                .contains(fairUse + ":" + brokenLine + ": ", "rejekt", "checking with the last rules that compiled")
                .containsPattern("\\d+ passed, 0 failed").doesNotContain("rules, no problems");
        // the save that fixes it: the rules compile again and are checked
        assertThat(rounds.get(2)).contains(" rules, no problems").containsPattern("\\d+ passed, 0 failed")
                .doesNotContain("rejekt");
        // a number changed (KPN.RT.1, STANDAARD: 8 -> 6 office hours): the cases that encoded 8 hours fail
        assertThat(rounds.get(3)).contains(" rules, no problems", "FAIL " + scenario + " friday-fault: repairDeadline: "
                + "expected \"2026-11-23T14:30:00+01:00\", actual \"2026-11-23T12:30:00+01:00\"")
                .containsPattern("\\d+ passed, 2 failed");
        // a scenario file saved: checked again, the rules not validated again
        assertThat(rounds.get(4)).startsWith("saved: " + scenario.toAbsolutePath().normalize())
                .doesNotContain("rules, no problems").containsPattern("\\d+ passed, 0 failed");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void rulesThatNeverCompiledCheckNothingUntilTheyDo() {
        Path calls = rules.resolve("kpneen/calls.drl");
        replace(calls, "\nthen\n", "\nthan\n").get();

        Cli run = watch(new Edits(replace(calls, "\nthan\n", "\nthen\n")), "check", "--rules", rules, "--watch",
                scenario);

        List<String> rounds = rounds(run.out());
        assertThat(rounds).hasSize(2);
        assertThat(rounds.get(0)).contains(calls + ":", "no rules to check with until the rule files compile")
                .doesNotContain(" passed, ");
        assertThat(rounds.get(1)).contains(" rules, no problems").containsPattern("\\d+ passed, 0 failed");
        assertThat(run.exit()).isZero();
    }

    @Test
    void watchingNeedsARuleDirectory() {
        Cli run = Cli.run("check", "--watch", "../examples");

        assertThat(run.exit()).isEqualTo(Main.UNREADABLE);
        assertThat(run.err()).contains("--watch needs --rules DIR");
    }
}
