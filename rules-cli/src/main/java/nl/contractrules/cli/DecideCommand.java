package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import nl.contractrules.api.Bulk;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Ticker;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkCsv;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.Json;
import nl.contractrules.json.JsonLines;
import nl.contractrules.json.options.DecideOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code decide --contracts CONTRACTS.json CASES.jsonl}: bulk decisions, streamed. Reads the cases a line at a
 * time, decides them on every core and writes a result line per input line in input order (or a CSV per kind);
 * progress and a summary go to standard error. Exit 0 when every line was decided, 1 when some were rejected,
 * 2 when an input file cannot be read.
 */
@Command(name = "decide", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decide a JSON Lines file of cases under many contracts, streamed, in input order.")
final class DecideCommand implements Callable<Integer> {
    enum Format { jsonl, csv }

    /** How often, in lines, a write to standard output is checked for failure (a closed pipe). */
    private static final int CHECK_EVERY = 4096;

    @Mixin
    DecideOptions options = new DecideOptions();
    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the results to FILE instead of standard output (a directory for --format csv).")
    Path out;
    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or csv.")
    Format format;
    @Mixin
    RunOptions runOptions = new RunOptions();
    @Option(names = "--summary", paramLabel = "FILE.json", description = "Also write the summary as JSON to FILE.")
    Path summaryFile;
    @Spec
    CommandSpec spec;

    /** Where results go: result lines or CSV files. */
    private interface Sink extends Closeable {
        void write(Finished finished) throws IOException;
    }

    /** A result with its output text (a result line or a CSV row), rendered on the worker thread that decided it. */
    private record Finished(BulkResult result, String text) {
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Instant start = Instant.now();
        checkOptions();
        Optional<BulkContracts> read = RunOptions.readContracts(options.contracts(), err);
        if (read.isEmpty()) {
            return Main.UNREADABLE;
        }
        BulkContracts contracts = read.get();
        Optional<CasesSource> opened = runOptions.openCases(err);
        if (opened.isEmpty()) {
            return Main.UNREADABLE;
        }
        CasesSource source = opened.get();
        try (InputStream in = source.stream()) {
            return run(contracts, source, err, start);
        } catch (IOException e) {
            err.println(runOptions.cases() + ": " + e);
            return Main.UNREADABLE;
        }
    }

    private void checkOptions() {
        if (format == Format.csv && out == null) {
            throw new ParameterException(spec.commandLine(), "--format csv needs --out DIR");
        }
        if (format == Format.csv && options.citations()) {
            throw new ParameterException(spec.commandLine(), "--citations is for --format jsonl only");
        }
        if (options.maxLine() < 1) {
            throw new ParameterException(spec.commandLine(), "--max-line must be at least 1, was "
                    + options.maxLine());
        }
        runOptions.check(spec);
    }

    private int run(BulkContracts contracts, CasesSource source, PrintWriter err, Instant start) {
        Optional<ContractRules> rules = RulesOption.load(options.ruleSet(), err);
        if (rules.isEmpty()) {
            return Main.UNREADABLE;
        }
        ExecutorService pool = RunOptions.threadsOfTheRun("decide");
        Bulk<JsonLines.Line, Finished> decider = runOptions.bulk(options.clocked(rules.get(), start), pool)
                .reading((JsonLines.Line line) -> BulkLines.read(line, contracts)).finishing(this::finish);
        BulkSummary summary = new BulkSummary(contracts::contains);
        Progress progress = runOptions.progress(err, source.size(), Ticker.system());
        boolean failed = false;
        try (Sink sink = openSink();
             Stream<JsonLines.Line> lines = JsonLines.lines(source.stream(), options.maxLine());
             Stream<Finished> results = decider.decide(lines)) {
            for (Iterator<Finished> it = results.iterator(); it.hasNext(); ) {
                Finished finished = it.next();
                sink.write(finished);
                summary.add(finished.result());
                progress.update(summary.read(), source.bytesRead());
            }
        } catch (UncheckedIOException e) {
            progress.finish();
            err.println(runOptions.cases() + ": " + e.getMessage());
            failed = true;
        } catch (IOException e) {
            progress.finish();
            err.println((out == null ? "standard output" : out) + ": cannot write: " + e.getMessage());
            failed = true;
        } finally {
            pool.shutdown();
        }
        summary.finish();
        progress.finish();
        summary.print(err);
        if (summaryFile != null) {
            try {
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(summaryFile.toFile(), summary.toJson());
            } catch (IOException e) {
                err.println(summaryFile + ": cannot write: " + e.getMessage());
                failed = true;
            }
        }
        return failed ? Main.UNREADABLE : summary.rejected() > 0 ? 1 : 0;
    }

    /** The result with its output text; runs on the worker threads. */
    private Finished finish(BulkResult result) {
        return new Finished(result, format == Format.csv ? BulkCsv.row(result)
                : BulkLines.line(result, options.citations()));
    }

    private Sink openSink() throws IOException {
        if (format == Format.csv) {
            BulkCsv csv = new BulkCsv(out);
            return new Sink() {
                @Override
                public void write(Finished finished) throws IOException {
                    csv.write(finished.result(), finished.text());
                }

                @Override
                public void close() throws IOException {
                    csv.close();
                }
            };
        }
        PrintWriter stdout = spec.commandLine().getOut();
        Writer writer = out == null ? stdout : Files.newBufferedWriter(out, UTF_8);
        return new Sink() {
            private long written;

            @Override
            public void write(Finished finished) throws IOException {
                writer.write(finished.text());
                writer.write('\n');
                if (writer == stdout && ++written % CHECK_EVERY == 0 && stdout.checkError()) {
                    throw new IOException("the output was closed");
                }
            }

            @Override
            public void close() throws IOException {
                if (writer == stdout) {
                    stdout.flush();
                } else {
                    writer.close();
                }
            }
        };
    }
}
