package nl.contractrules.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.json.options.DecideOptions;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import org.apache.spark.SparkConf;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Spark job: {@code --contracts C.json --cases CASES.jsonl --out DIR}, the bulk decisions of
 * {@code contract-rules decide} written by the executors, as JSON Lines (the same lines) or Parquet, with the same
 * options and defaults as {@code decide} ({@link DecideOptions}). For
 * {@code spark-submit --class nl.contractrules.spark.DecideJob}, or {@code rules-spark/bin/decide-local}.
 * Exit 0 when the job ran (rejected lines are error lines), 2 when an input cannot be used or the output exists.
 */
@Command(name = "decide-spark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Decide a JSON Lines file of cases under many contracts on Apache Spark.")
public final class DecideJob implements Callable<Integer> {
    enum Format { jsonl, parquet }

    @Mixin
    DecideOptions options = new DecideOptions();
    @Option(names = "--cases", required = true, paramLabel = "CASES.jsonl",
            description = "JSON Lines, a case a line (id, contract, kind, input); .gz is read compressed.")
    String cases;
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A directory that does not exist yet.")
    String out;
    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default: the lines of decide) or parquet.")
    Format format;
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*]).")
    String master;

    public static void main(String[] args) {
        int exit = new CommandLine(new DecideJob()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() {
        SparkSession.Builder builder = SparkSession.builder().appName("contract-rules decide");
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            return run(spark, new PrintWriter(System.err, true));
        } finally {
            spark.stop();
        }
    }

    /** Runs the job in a session; the summary and any problem go to {@code err}; returns the exit code. */
    int run(SparkSession spark, PrintWriter err) {
        Optional<String> problem = options.problem();
        if (problem.isPresent()) {
            err.println(problem.get());
            return 2;
        }
        Instant now = Instant.now();
        long start = System.nanoTime();
        SparkContractRules decider;
        try {
            Optional<java.nio.file.Path> rules = options.ruleSet().directory();
            decider = (rules.isEmpty() ? SparkContractRules.bundled()
                    : SparkContractRules.of(RuleFile.directory(rules.get())))
                    .maxLine(options.maxLine()).citations(options.citations()).asOf(options.asOf(now))
                    .timeout(options.ruleSet().timeout());
        } catch (RuleLoadException e) {
            err.println("the rules do not compile:");
            e.problems().stream().map(RuleProblem::toString).forEach(p -> err.println("  " + p));
            return 2;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return 2;
        }
        double checkSeconds = (System.nanoTime() - start) / 1e9;
        Counters counters = new Counters(spark.sparkContext());
        start = System.nanoTime();
        try {
            String contracts = options.contracts();
            if (!exists(spark, contracts)) {
                err.println(contracts + ": no such file");
                return 2;
            }
            if (exists(spark, out)) {
                err.println(out + ": exists; the job writes a new directory");
                return 2;
            }
            Dataset<Row> results = decider.decideFiles(spark, cases, SparkContractRules.readContracts(spark, contracts),
                    counters);
            if (format == Format.parquet) {
                SparkContractRules.withTypedColumns(results).write().parquet(out);
            } else {
                results.select("json").write().text(out);
            }
        } catch (ScenarioFormatException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long lines = counters.decided() + counters.rejected();
        int cores = spark.sparkContext().defaultParallelism();
        err.println(String.format(Locale.ROOT, "%d lines: %d decided, %d rejected, in %.1f s on %d cores: %.0f cases/s"
                        + " (%.0f per core)", lines, counters.decided(), counters.rejected(), seconds, cores,
                lines / seconds, lines / seconds / cores));
        err.println(String.format(Locale.ROOT, "the deciding tasks used %.1f s of CPU: %.0f cases per CPU second",
                counters.cpuSeconds(), lines / counters.cpuSeconds()));
        err.println(String.format(Locale.ROOT, "rule set %s: checked on the driver in %.1f s, loaded by executors %d"
                        + " times (%.1f s on average)", decider.ruleSet(), checkSeconds, counters.loads(),
                counters.loads() == 0 ? 0.0 : counters.loadMillis() / 1000.0 / counters.loads()));
        return 0;
    }

    private static boolean exists(SparkSession spark, String path) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }
}
