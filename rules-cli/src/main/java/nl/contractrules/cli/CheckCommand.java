package nl.contractrules.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.contractrules.json.Expectations;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.json.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check FILE_OR_DIR…}: runs every expectation; one line per failing case, then {@code N passed, N failed}.
 * Exit 0 when all pass, 1 when any fails, 2 when a file cannot be read or parsed or a directory holds no scenario
 * file (the other files are still checked). The files are read on a second thread, a few ahead of the checks, so
 * that reading them overlaps loading the rules.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check scenario files' expectations.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    RulesOption rulesOption;
    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
    List<Path> paths;
    @Spec
    CommandSpec spec;

    /** How many scenario files are read ahead of the checks: while the rules load, and then while they run. */
    private static final int READ_AHEAD = 8;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StringWriter fileProblems = new StringWriter();
        ScenarioFiles scenarioFiles = ScenarioFiles.expand(paths, new PrintWriter(fileProblems, true));
        try (ReadAhead reading = new ReadAhead(scenarioFiles.files())) {
            Optional<ScenarioRunner> loaded = rulesOption.runner(err);
            if (loaded.isEmpty()) {
                return Main.UNREADABLE;
            }
            err.print(fileProblems);
            ScenarioRunner runner = loaded.get();
            int passed = 0;
            int failed = 0;
            boolean unreadable = !scenarioFiles.complete();
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
