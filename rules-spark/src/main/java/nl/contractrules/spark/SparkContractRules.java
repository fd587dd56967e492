package nl.contractrules.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Json;
import nl.contractrules.json.JsonLines;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.model.RuleFile;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

/**
 * The bulk decisions of {@code contract-rules decide} on Apache Spark: a Dataset of case lines in, a Dataset of
 * result lines out, the same text as the command writes, decided on the executors.
 *
 * <p>Each executor JVM loads the rule set once, on first use, and keeps it by its content hash for every later task
 * and job: the bundled rules as the build compiled them (the executable model on the job's class path; the driver
 * ships only their name), edited rules by compiling their files, which the driver compiles first to check them and
 * ships once per job (as bytes in a broadcast variable). The contracts are a small table: they are read on the
 * driver, checked and broadcast the same way. Every case line gives a result row; a line that cannot be read or
 * decided gives an error row, never a failed task; under a time limit ({@link #timeout}), so does a case whose rules
 * run past it.
 *
 * <pre>{@code
 * SparkContractRules rules = SparkContractRules.bundled().asOf(Instant.parse("2026-12-01T00:00:00Z"));
 * Dataset<Row> results = rules.decideFiles(spark, "cases.jsonl",
 *         SparkContractRules.readContracts(spark, "contracts.json"));
 * results.select("json").write().text("out");          // the lines decide writes, in input order
 * }</pre>
 */
public final class SparkContractRules {
    /** The columns of a result row: the case's id, contract and kind, the rule set's content hash, the line. */
    public static final StructType RESULT = new StructType()
            .add("id", DataTypes.StringType)
            .add("contract", DataTypes.StringType)
            .add("kind", DataTypes.StringType)
            .add("ruleSet", DataTypes.StringType, false)
            .add("json", DataTypes.StringType, false);
    /** The rows of {@link #readCases}: the line number (from 1) and the line's bytes without its line end. */
    public static final StructType LINES = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("value", DataTypes.BinaryType, false);
    /** The largest input split of {@link #readCases}, as Spark's own file reader: 128 MB. */
    private static final long MAX_SPLIT = 128L << 20;

    private final RuleSet ruleSet;
    private final Instant asOf;
    private final int maxLine;
    private final boolean citations;
    private final Duration timeout;

    private SparkContractRules(RuleSet ruleSet, Instant asOf, int maxLine, boolean citations, Duration timeout) {
        this.ruleSet = ruleSet;
        this.asOf = asOf;
        this.maxLine = maxLine;
        this.citations = citations;
        this.timeout = timeout;
    }

    /**
     * The rules bundled with the library: nothing is compiled or loaded here; each executor JVM loads them as the
     * build compiled them (from the job jar's class path), as {@code ContractRules.bundled()} does.
     */
    public static SparkContractRules bundled() {
        return new SparkContractRules(RuleSet.bundled(), null, JsonLines.DEFAULT_MAX_LINE, false, Duration.ZERO);
    }

    /**
     * The given rule files (an edited rule directory: {@code RuleFile.directory(path)}), compiled here to check
     * them (once per JVM); throws {@code RuleLoadException} listing every problem.
     */
    public static SparkContractRules of(List<RuleFile> files) {
        RuleSet ruleSet = RuleSet.of(files);
        PerJvm.rules(ruleSet.hash(), () -> ContractRules.of(files));
        return new SparkContractRules(ruleSet, null, JsonLines.DEFAULT_MAX_LINE, false, Duration.ZERO);
    }

    /**
     * The same rules deciding "now" as this instant, for rules that read the clock; without it, "now" is the
     * moment {@link #decide} is called, fixed for the whole job so that a retried task decides the same.
     */
    public SparkContractRules asOf(Instant instant) {
        return new SparkContractRules(ruleSet, Objects.requireNonNull(instant, "instant"), maxLine, citations,
                timeout);
    }

    /** The same rules with another line limit in bytes (default 1 MB): a longer line is an error row. */
    public SparkContractRules maxLine(int bytes) {
        if (bytes < 1) {
            throw new IllegalArgumentException("the line limit must be at least 1 byte, was " + bytes);
        }
        return new SparkContractRules(ruleSet, asOf, bytes, citations, timeout);
    }

    /** The same rules adding each decision's citations to its line, as {@code decide --citations}. */
    public SparkContractRules citations(boolean add) {
        return new SparkContractRules(ruleSet, asOf, maxLine, add, timeout);
    }

    /**
     * The same rules with a time limit on each case (zero, the default, for none): a case whose rules run longer is
     * an error row, a runaway, and its thread is left to finish on its own while the task goes on.
     */
    public SparkContractRules timeout(Duration limit) {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("the time limit must not be negative, was " + limit);
        }
        return new SparkContractRules(ruleSet, asOf, maxLine, citations, limit);
    }

    /** The rule set's content hash, as result rows give it in {@code ruleSet}. */
    public String ruleSet() {
        return ruleSet.hash();
    }

    /**
     * Decides case lines: a row per line, in the order of {@code cases}, with the columns of {@link #RESULT}.
     *
     * @param cases     a column {@code value}, a case line as text or bytes (as {@link #readCases} or Spark's text
     *                  reader give it), and optionally {@code line}, its line number; without it the rows are
     *                  numbered from 1 in the Dataset's order (which runs a job to count the partitions)
     * @param contracts a column {@code value} of text: each row a contracts file (a JSON array of contracts, as
     *                  {@link #readContracts} gives it) or one contract object; a small table, collected on the
     *                  driver; contracts that cannot be used are a {@link ScenarioFormatException}
     */
    public Dataset<Row> decide(Dataset<Row> cases, Dataset<Row> contracts) {
        return decide(cases, contracts, new Counters(cases.sparkSession().sparkContext()));
    }

    Dataset<Row> decide(Dataset<Row> cases, Dataset<Row> contracts, Counters counters) {
        SparkSession spark = cases.sparkSession();
        DataType valueType = cases.schema().apply("value").dataType();
        if (!(valueType instanceof StringType || valueType instanceof BinaryType)) {
            throw new IllegalArgumentException("the cases' column value must be text or bytes, was " + valueType);
        }
        Dataset<Row> numbered = List.of(cases.columns()).contains("line")
                ? cases.select(col("line").cast(DataTypes.LongType), col("value"))
                : spark.createDataFrame(cases.select("value").javaRDD().zipWithIndex()
                        .map(row -> RowFactory.create(row._2() + 1, row._1().get(0))),
                        new StructType().add("line", DataTypes.LongType).add("value", valueType));
        return numbered.mapPartitions(partitions(spark, contracts, valueType instanceof BinaryType, counters),
                Encoders.row(RESULT));
    }

    /**
     * Decides the case lines of a JSON Lines file (or several: a directory, or a pattern such as
     * {@code cases-*.jsonl}, whose files are taken in name order), reading them once: the rows
     * {@link #decide(Dataset, Dataset)} gives for {@link #readCases readCases(spark, path)}, in the same partitions,
     * without the job that counts the lines first. The lines are not numbered in advance: a task that finds a line
     * whose result names its number (an error line, or a case without an id) counts the lines before its split,
     * once, by reading the input up to there; a split of good lines reads nothing but itself.
     *
     * @param contracts as for {@link #decide(Dataset, Dataset)}
     */
    public Dataset<Row> decideFiles(SparkSession spark, String path, Dataset<Row> contracts) {
        return decideFiles(spark, path, contracts, new Counters(spark.sparkContext()));
    }

    @SuppressWarnings("unchecked")
    Dataset<Row> decideFiles(SparkSession spark, String path, Dataset<Row> contracts, Counters counters) {
        Configuration conf = linesConf(spark, path);
        DecideSplit decide = new DecideSplit(partitions(spark, contracts, true, counters), files(path, conf), conf);
        // newAPIHadoopFile's pair RDD is a JavaNewHadoopRDD, the Java API's way to see each partition's input split
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) JavaSparkContext
                .fromSparkContext(spark.sparkContext())
                .newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf);
        return spark.createDataFrame(lines.mapPartitionsWithInputSplit(decide, true), RESULT);
    }

    /**
     * What every partition decides with: the contracts and the rule set (for the bundled rules, which every executor
     * has, only their name), broadcast once for the job.
     */
    private DecidePartition partitions(SparkSession spark, Dataset<Row> contracts, boolean binary,
                                       Counters counters) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<RuleSet> rules = context.broadcast(ruleSet);
        Broadcast<String> contractsJson = context.broadcast(contractsJson(contracts));
        return new DecidePartition(rules, ruleSet.hash(), contractsJson,
                asOf == null ? Instant.now() : asOf, maxLine, citations, timeout, binary, counters);
    }

    /** The contracts of every row as one JSON array, checked as {@code decide} checks a contracts file. */
    private static String contractsJson(Dataset<Row> contracts) {
        ArrayNode all = Json.MAPPER.createArrayNode();
        for (Row row : contracts.select(col("value").cast(DataTypes.StringType)).collectAsList()) {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(row.isNullAt(0) ? "" : row.getString(0));
            } catch (JacksonException e) {
                throw new ScenarioFormatException("contracts: malformed JSON: " + e.getOriginalMessage() + " at line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
            }
            if (node != null && node.isArray()) {
                all.addAll((ArrayNode) node);
            } else {
                all.add(node);
            }
        }
        BulkContracts.of(all, "contracts");
        try {
            return Json.MAPPER.writeValueAsString(all);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write the contracts back: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The lines of a JSON Lines file (or several: a directory, or a pattern whose files are taken in name order),
     * split at {@code \n} exactly as {@code decide} splits them, numbered from 1, in about one partition per core of
     * the application (at most 128 MB each; a compressed file is one partition). Rows of {@link #LINES}. Numbering
     * runs a job that reads the lines once before they are used; {@link #decideFiles} does without.
     */
    public static Dataset<Row> readCases(SparkSession spark, String path) {
        JavaRDD<Row> lines = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, linesConf(spark, path))
                .map(line -> line._2().copyBytes())
                .zipWithIndex()
                .map(line -> RowFactory.create(line._2() + 1, line._1()));
        return spark.createDataFrame(lines, LINES);
    }

    /** The Hadoop configuration that reads {@code path} as lines ended by {@code \n}, about a split per core. */
    private static Configuration linesConf(SparkSession spark, String path) {
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        conf.set("textinputformat.record.delimiter", "\n");
        long perCore = (size(path, conf) + spark.sparkContext().defaultParallelism() - 1)
                / spark.sparkContext().defaultParallelism();
        conf.setLong(FileInputFormat.SPLIT_MAXSIZE, Math.max(1, Math.min(MAX_SPLIT, perCore)));
        return conf;
    }

    /** The files the line reader reads for {@code path}, in the order of its splits. */
    private static List<String> files(String path, Configuration conf) {
        try {
            Job job = Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, path);
            return new TextInputFormat().getSplits(job).stream()
                    .map(split -> ((FileSplit) split).getPath().toString()).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** The bytes under a path; one that does not exist is an {@link UncheckedIOException}. */
    private static long size(String path, Configuration conf) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(p);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException("no such file");
            }
            long size = 0;
            for (FileStatus match : matches) {
                size += fs.getContentSummary(match.getPath()).getLength();
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** A contracts file (or several) for {@link #decide}: a row per file, its whole text in {@code value}. */
    public static Dataset<Row> readContracts(SparkSession spark, String path) {
        return spark.read().option("wholetext", true).text(path);
    }

    /**
     * The results with a typed column for every field a result line can have: {@code line}, {@code error},
     * {@code field}, {@code message}, the decision fields of every case kind, {@code rules}, {@code flags},
     * {@code citations}; a field the line does not have is null. See {@link TypedColumns}.
     */
    public static Dataset<Row> withTypedColumns(Dataset<Row> results) {
        return results.withColumn("typed", from_json(col("json"), TypedColumns.SCHEMA))
                .select(col("id"), col("contract"), col("kind"), col("ruleSet"), col("json"), col("typed.*"));
    }
}
