package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.api.Ticker;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.JsonLines;
import nl.contractrules.json.options.BulkOptions;
import nl.contractrules.model.Incident;
import nl.contractrules.report.CaseHtml;
import nl.contractrules.report.Holidays;
import nl.contractrules.report.MonthlyReport;
import nl.contractrules.report.ReportCsv;
import nl.contractrules.report.ReportHtml;
import nl.contractrules.report.ReportJson;
import nl.contractrules.report.ReportOptions;
import nl.contractrules.report.ReportRun;
import nl.contractrules.report.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code report --contracts CONTRACTS.json CASES.jsonl --out report.html}: the monthly service report over the same
 * input as {@code decide}, streamed; {@code --format json} or {@code csv} for the figures alone; {@code --case ID}
 * for one incident's timeline. Exit 0 when every line was used, 1 when some were bad (the report is still written,
 * with them in its appendix), 2 when an input cannot be read or the output cannot be written.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "The monthly service report per contract (HTML, JSON or CSV), or one incident's timeline.")
final class ReportCommand implements Callable<Integer> {
    enum Format { html, json, csv }

    @Mixin
    BulkOptions input = new BulkOptions();
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;
    @Option(names = "--format", defaultValue = "html", description = "html (default), json or csv.")
    Format format;
    @Option(names = "--from", paramLabel = "YYYY-MM", description = "The first month reported (default: the first with an incident).")
    YearMonth from;
    @Option(names = "--to", paramLabel = "YYYY-MM", description = "The last month reported (default: the last with an incident).")
    YearMonth to;
    @Option(names = "--case", paramLabel = "ID", description = "Draw the timeline of the incident with this id instead (HTML).")
    String caseId;
    @Option(names = "--list-missed", paramLabel = "N", defaultValue = "" + ReportOptions.DEFAULT_LISTED_MISSED,
            description = "Missed targets listed per contract, the most minutes over first (default ${DEFAULT-VALUE}).")
    int listMissed;
    @Mixin
    RunOptions runOptions = new RunOptions();
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportOptions options = options();
        Optional<BulkContracts> read = RunOptions.readContracts(input.contracts(), err);
        if (read.isEmpty()) {
            return Main.UNREADABLE;
        }
        BulkContracts contracts = read.get();
        Optional<ContractRules> rules = RulesOption.load(input.ruleSet(), err);
        if (rules.isEmpty()) {
            return Main.UNREADABLE;
        }
        Optional<CasesSource> opened = runOptions.openCases(err);
        if (opened.isEmpty()) {
            return Main.UNREADABLE;
        }
        CasesSource source = opened.get();
        try (InputStream in = source.stream()) {
            return caseId != null ? timeline(rules.get(), contracts, source, err)
                    : report(rules.get(), contracts, source, options, err);
        } catch (UncheckedIOException e) {
            err.println(runOptions.cases() + ": " + e.getMessage());
            return Main.UNREADABLE;
        } catch (IOException e) {
            err.println((out == null ? "standard output" : out) + ": cannot write: " + e.getMessage());
            return Main.UNREADABLE;
        }
    }

    private ReportOptions options() {
        if (caseId != null && format != Format.html) {
            throw new ParameterException(spec.commandLine(), "--case draws a timeline: HTML only");
        }
        if (input.maxLine() < 1) {
            throw new ParameterException(spec.commandLine(), "--max-line must be at least 1, was " + input.maxLine());
        }
        runOptions.check(spec);
        if (listMissed < 0) {
            throw new ParameterException(spec.commandLine(), "--list-missed must not be negative, was " + listMissed);
        }
        try {
            return ReportOptions.defaults().withMonths(from, to).withListedMissed(listMissed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private int report(ContractRules rules, BulkContracts contracts, CasesSource source, ReportOptions options,
            PrintWriter err) throws IOException {
        Ticker ticker = Ticker.system();
        Progress progress = runOptions.progress(err, source.size(), ticker);
        long start = ticker.read();
        MonthlyReport report;
        ExecutorService pool = RunOptions.threadsOfTheRun("report");
        try (Stream<JsonLines.Line> lines = JsonLines.lines(source.stream(), input.maxLine())) {
            report = ReportRun.run(rules, r -> runOptions.bulk(r, pool), lines, contracts, options,
                    done -> progress.update(done, source.bytesRead()));
        } finally {
            pool.shutdown();
            progress.finish();
        }
        try (Writer writer = writer()) {
            switch (format) {
                case html -> ReportHtml.write(report, writer);
                case json -> ReportJson.write(report, writer);
                case csv -> ReportCsv.write(report, writer);
            }
        }
        MonthlyReport.Totals t = report.totals();
        err.printf("%d lines read: %d incidents, %d other cases, %d bad lines; %d contracts over %d months, in %.1f s%n",
                t.read(), t.incidents(), t.otherCases(), t.rejected(), report.contracts().size(),
                report.months().size(), (ticker.read() - start) / 1e9);
        err.flush();
        return t.rejected() > 0 ? 1 : 0;
    }

    /** The timeline of the first incident with the id: read lines until it comes, then decide and draw it. */
    private int timeline(ContractRules rules, BulkContracts contracts, CasesSource source, PrintWriter err)
            throws IOException {
        byte[] needle = ("\"" + caseId + "\"").getBytes(UTF_8);
        try (Stream<JsonLines.Line> lines = JsonLines.lines(source.stream(), input.maxLine())) {
            for (Iterator<JsonLines.Line> it = lines.iterator(); it.hasNext(); ) {
                JsonLines.Line line = it.next();
                if (line.tooLong() || !contains(line.bytes(), needle)) {
                    continue;
                }
                BulkCase c = BulkLines.read(line, contracts);
                if (!caseId.equals(c.id())) {
                    continue;
                }
                if (!c.readable()) {
                    err.println(Printable.of("line " + line.number() + ": " + c.problem().getMessage()));
                    return 1;
                }
                if (!(c.input() instanceof Incident incident)) {
                    err.println(Printable.of(caseId + " is a " + c.kind() + " case: only an incident has a timeline"));
                    return Main.UNREADABLE;
                }
                Outcome<Incident> outcome = rules.evaluate(c.contract(), incident);
                if (outcome instanceof Rejection<Incident> r) {
                    err.println(Printable.of("line " + line.number() + ": " + r.message()));
                    return 1;
                }
                Timeline.View view = Timeline.of(rules, caseId, c.contract(), incident, (Decision<Incident>) outcome,
                        Holidays.of(input.ruleSet().directory().orElse(null)));
                try (Writer writer = writer()) {
                    CaseHtml.writeTimeline(view, writer);
                }
                return 0;
            }
        }
        err.println(Printable.of("no case with id " + caseId + " in " + runOptions.cases()));
        return Main.UNREADABLE;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The output: the file, or standard output (flushed, not closed). */
    private Writer writer() throws IOException {
        if (out != null) {
            return Files.newBufferedWriter(out, UTF_8);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        return new java.io.FilterWriter(stdout) {
            @Override
            public void close() {
                stdout.flush();
            }
        };
    }
}
