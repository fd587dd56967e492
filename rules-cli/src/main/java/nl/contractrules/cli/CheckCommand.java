package nl.contractrules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.Expectations;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.model.RuleLoadException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check FILE_OR_DIR…}: runs every expectation; one line per failing case, then {@code N passed, N failed}.
 * Exit 0 when all pass, 1 when any fails, 2 when a file cannot be read or parsed or a directory holds no scenario
 * file (the other files are still checked). The files are read on a second thread, a few ahead of the checks, so
 * that reading them overlaps loading the rules.
 *
 * <p>{@code check --rules DIR --watch FILE_OR_DIR…}: the same in one JVM that stays: the rules of DIR validated
 * (problems printed as {@code validate} prints them) and the files checked, then again on each save: a save under
 * DIR validates the rules again, and when they do not compile, the last rules that did stay in use; every save checks
 * the files again and prints the summary. Ends when standard input ends (Ctrl-D), with the exit code of the last
 * check, or at once on Ctrl-C.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check scenario files' expectations.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    RulesOption rulesOption;
    @Option(names = "--watch", description = "With --rules DIR: stay, and validate and check again on each save "
            + "under DIR or of the scenario files, until standard input ends (Ctrl-D) or Ctrl-C.")
    boolean watch;
    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
    List<Path> paths;
    @Spec
    CommandSpec spec;
    /** Where {@code --watch} learns of saves; null for the file system's ({@link WatchedSaves}). */
    Saves saves;

    /** How many scenario files are read ahead of the checks: while the rules load, and then while they run. */
    private static final int READ_AHEAD = 8;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (watch) {
            return watch(out, err);
        }
        StringWriter fileProblems = new StringWriter();
        ScenarioFiles scenarioFiles = ScenarioFiles.expand(paths, new PrintWriter(fileProblems, true));
        try (ReadAhead reading = new ReadAhead(scenarioFiles.files())) {
            Optional<ScenarioRunner> loaded = rulesOption.runner(err);
            if (loaded.isEmpty()) {
                return Main.UNREADABLE;
            }
            err.print(fileProblems);
            return check(loaded.get(), reading, scenarioFiles.complete(), out, err);
        }
    }

    /**
     * Checks the scenario files as they are read: a line per expectation missed, then the summary; the exit
     * code.
     */
    private static int check(ScenarioRunner runner, ReadAhead reading, boolean complete, PrintWriter out,
            PrintWriter err) {
        int passed = 0;
        int failed = 0;
        boolean unreadable = !complete;
        for (Read read = reading.next(); read != null; read = reading.next()) {
            if (read.error() != null) {
                err.println(Printable.of(read.error().getMessage()));
                unreadable = true;
                continue;
            }
            for (ScenarioRunner.Result result : runner.run(read.prepared())) {
                if (result.scenarioCase().expect() == null) {
                    continue;
                }
                if (result.passed()) {
                    passed++;
                } else {
                    failed++;
                    for (Expectations.Mismatch m : result.mismatches()) {
                        out.println(Printable.of("FAIL " + read.file() + " " + result.scenarioCase().label()
                                + ": " + m));
                    }
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return unreadable ? Main.UNREADABLE : failed > 0 ? 1 : 0;
    }

    /** {@code --watch}: validate and check, then again on each save, until watching ends. */
    private int watch(PrintWriter out, PrintWriter err) {
        Optional<Path> given = rulesOption.ruleSet.directory();
        if (given.isEmpty()) {
            err.println("--watch needs --rules DIR: it validates the rule files in DIR again on each save");
            return Main.UNREADABLE;
        }
        Optional<String> problem = rulesOption.ruleSet.directoryProblem();
        if (problem.isPresent()) {
            err.println(Printable.of(problem.get()));
            return Main.UNREADABLE;
        }
        Path directory = given.get();
        Path watched = directory.toAbsolutePath().normalize();
        try (Saves source = saves != null ? saves : WatchedSaves.of(directory, paths, System.in)) {
            ScenarioRunner runner = null;
            boolean rulesSaved = true;
            while (true) {
                if (rulesSaved) {
                    runner = validate(directory, runner, out);
                }
                int exit = Main.UNREADABLE;
                if (runner != null) {
                    ScenarioFiles scenarioFiles = ScenarioFiles.expand(paths, err);
                    try (ReadAhead reading = new ReadAhead(scenarioFiles.files())) {
                        exit = check(runner, reading, scenarioFiles.complete(), out, err);
                    }
                }
                out.flush();
                Optional<Set<Path>> next = source.next();
                if (next.isEmpty()) {
                    return exit;
                }
                rulesSaved = next.get().stream().anyMatch(path -> path.startsWith(watched));
                out.println(Printable.of("saved: " + next.get().stream().map(Path::toString).sorted()
                        .collect(Collectors.joining(", "))));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.UNREADABLE;
        }
    }

    /**
     * The rules of the directory validated, its problems printed as {@code validate} prints them: a runner on them
     * when they compile, else the last one ({@code last}, null when none compiled yet).
     */
    private ScenarioRunner validate(Path directory, ScenarioRunner last, PrintWriter out) {
        try {
            ContractRules rules = rulesOption.ruleSet.limited(ContractRules.load(directory));
            out.println(directory + ": " + rules.ruleCount() + " rules, no problems");
            return new ScenarioRunner(rules);
        } catch (RuleLoadException e) {
            ValidateCommand.print(out, directory, e.problems());
            out.println(last == null ? "no rules to check with until the rule files compile"
                    : "checking with the last rules that compiled");
            return last;
        }
    }

    /** A scenario file read and prepared (no rules needed), or why it could not be read. */
    private record Read(Path file, ScenarioRunner.Prepared prepared, ScenarioFormatException error) {
        static Read of(Path file) {
            try {
                return new Read(file, ScenarioRunner.prepare(Scenario.read(file)), null);
            } catch (ScenarioFormatException e) {
                return new Read(file, null, e);
            }
        }
    }

    /** The files read in order on a thread of their own, at most {@value #READ_AHEAD} ahead of the one taken. */
    private static final class ReadAhead implements AutoCloseable {
        private final Iterator<Path> files;
        private final Deque<Future<Read>> ahead = new ArrayDeque<>();
        private final ExecutorService reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "contract-rules scenario reader");
            thread.setDaemon(true);
            return thread;
        });

        ReadAhead(List<Path> files) {
            this.files = files.iterator();
            for (int i = 0; i < READ_AHEAD; i++) {
                readAnother();
            }
        }

        /** Starts reading the next file, if there is one. */
        private void readAnother() {
            if (files.hasNext()) {
                Path file = files.next();
                ahead.add(reader.submit(() -> Read.of(file)));
            }
        }

        /** The next file, read; null after the last. A failure other than a file's own format is thrown here. */
        Read next() {
            Future<Read> pending = ahead.poll();
            if (pending == null) {
                return null;
            }
            readAnother();
            try {
                return pending.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException unexpected) {
                    throw unexpected;
                }
                throw new IllegalStateException("reading scenario files failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading scenario files", e);
            }
        }

        @Override
        public void close() {
            reader.shutdownNow();
        }
    }
}
