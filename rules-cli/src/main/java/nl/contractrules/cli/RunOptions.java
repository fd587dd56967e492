package nl.contractrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import nl.contractrules.api.Bulk;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Ticker;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.ScenarioFormatException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * How {@code decide} and {@code report} run on this machine, as a picocli mixin: the cases they read
 * ({@code CASES.jsonl}), {@code --threads} and {@code --quiet}; the threads of a run, and its progress line.
 */
final class RunOptions {
    @Parameters(index = "0", paramLabel = "CASES.jsonl",
            description = "JSON Lines, a case a line (id, contract, kind, input); - for standard input; .gz is read compressed.")
    String cases;
    @Option(names = "--threads", paramLabel = "N", description = "Threads that decide (default: all cores).")
    Integer threads;
    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    /** The cases argument, as given: a file or {@code -}. */
    String cases() {
        return cases;
    }

    /** The cases opened ({@link CasesSource#open}), or empty after printing why they cannot be read. */
    Optional<CasesSource> openCases(PrintWriter err) {
        try {
            return Optional.of(CasesSource.open(cases));
        } catch (IOException e) {
            err.println(cases + ": cannot read: " + e);
            return Optional.empty();
        }
    }

    /** The contracts file read ({@link BulkContracts#read}), or empty after printing why it cannot be. */
    static Optional<BulkContracts> readContracts(String path, PrintWriter err) {
        try {
            return Optional.of(BulkContracts.read(Path.of(path)));
        } catch (ScenarioFormatException e) {
            err.println(Printable.of(e.getMessage()));
            return Optional.empty();
        }
    }

    /** Refuses {@code --threads} below 1 as a mistake in the command line. */
    void check(CommandSpec spec) {
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
    }

    /** A bulk run of the rules on the executor, {@code --threads} tasks deciding at a time (default: one per core). */
    Bulk<BulkCase, BulkResult> bulk(ContractRules rules, Executor executor) {
        Bulk<BulkCase, BulkResult> bulk = rules.bulk().executor(executor);
        return threads == null ? bulk : bulk.threads(threads);
    }

    /** The progress line on {@code err}, timed by {@code ticker}: none with {@code --quiet} or off a terminal. */
    Progress progress(PrintWriter err, long totalBytes, Ticker ticker) {
        return new Progress(err, System.console() != null && !quiet, totalBytes, ticker);
    }

    /**
     * The threads that decide, named after the command: daemon threads started as the run needs them, ended with
     * it; a thread whose case is given up at the time limit is left to finish while a new one goes on
     * (docs/limits.md).
     */
    static ExecutorService threadsOfTheRun(String command) {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "contract-rules-" + command + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }
}
