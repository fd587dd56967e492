package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.io.compress.bzip2.CBZip2OutputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files decided in one pass: the lines of every split are numbered as {@code decide} numbers them, although no job
 * counts them first, across splits of one file and across the files of a pattern, compressed or not.
 */
class DecideFilesTest {
    private static final Path CONTRACTS = Path.of("../examples/bulk/contracts.json");
    private static final List<String> EXAMPLE = lines(Path.of("../examples/bulk/cases.jsonl"));

    @Test
    void errorLinesInEverySplitOfEveryFileNameTheirLineInTheWholeInput(@TempDir Path dir) throws IOException,
            InterruptedException {
        // a large file (more than one split), a small one and a compressed one (a split each), in name order
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            first.addAll(EXAMPLE);
        }
        first.add(30, "{not json");
        first.add(400, "");
        first.add(450, "{\"id\": \"crlf\", \"contract\": \"C-1001\"}\r");
        first.add(500, "{\"contract\": \"C-1001\", \"kind\": \"incident\", \"input\": {\"reportedAt\":"
                + " \"2026-11-20T16:30:00+01:00\"}}\r");
        List<String> second = List.of(EXAMPLE.get(0), "[]", EXAMPLE.get(1));
        List<String> third = new ArrayList<>(EXAMPLE.subList(0, 10));
        third.add(5, "{\"id\": \"late\", \"contract\": \"nowhere\", \"kind\": \"incident\", \"input\": {}}");
        Files.writeString(dir.resolve("cases-1.jsonl"), LocalSpark.lines(first), UTF_8);
        Files.writeString(dir.resolve("cases-2.jsonl"), LocalSpark.lines(second), UTF_8);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("cases-3.jsonl.gz")))) {
            gz.write(LocalSpark.lines(third).getBytes(UTF_8));
        }
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        Path whole = Files.writeString(dir.resolve("whole.jsonl"), LocalSpark.lines(all), UTF_8);
        SparkSession spark = LocalSpark.session();
        RecordsRead records = new RecordsRead("decide-files");
        spark.sparkContext().addSparkListener(records);
        Dataset<Row> results;
        List<String> json;
        try {
            spark.sparkContext().setJobGroup("decide-files", "decideFiles", false);
            results = SparkContractRules.bundled().asOf(Reference.AS_OF).decideFiles(spark,
                    dir.resolve("cases-*").toString(), SparkContractRules.readContracts(spark, CONTRACTS.toString()));
            json = results.collectAsList().stream().map(row -> row.<String>getAs("json")).toList();
            records.awaitAll(spark);
        } finally {
            spark.sparkContext().clearJobGroup();
            spark.sparkContext().removeSparkListener(records);
        }

        assertThat(results.rdd().getNumPartitions()).as("splits").isGreaterThanOrEqualTo(4);
        assertThat(json).isEqualTo(Reference.decideLines(Reference.BUNDLED, CONTRACTS, whole));
        assertThat(json).filteredOn(line -> line.contains("\"error\":true"))
                .extracting(line -> line.replaceAll(".*\"line\":(\\d+).*", "$1"))
                .contains("31", "401", "451", String.valueOf(first.size() + 2),
                        String.valueOf(first.size() + second.size() + 6));
        assertThat(json.get(500)).startsWith("{\"id\":\"#501\"");
        assertThat(records.read()).as("records read: the lines once, and the contracts file")
                .isBetween((long) all.size(), all.size() + 1L);
    }

    @Test
    void aSplittableCompressedFileIsNumberedAsItsSplitsAreRead(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.addAll(EXAMPLE);
        }
        lines.add(1500, "{oops");
        Path whole = Files.writeString(dir.resolve("whole.jsonl"), LocalSpark.lines(lines), UTF_8);
        // bzip2 in blocks of 100 KB, so that the file has several blocks, where splits may start
        try (OutputStream out = Files.newOutputStream(dir.resolve("cases.jsonl.bz2"))) {
            out.write(new byte[] {'B', 'Z'});
            try (OutputStream bzip2 = new CBZip2OutputStream(out, 1)) {
                bzip2.write(Files.readAllBytes(whole));
            }
        }
        SparkSession spark = LocalSpark.session();

        Dataset<Row> results = SparkContractRules.bundled().asOf(Reference.AS_OF).decideFiles(spark,
                dir.resolve("cases.jsonl.bz2").toString(), SparkContractRules.readContracts(spark,
                        CONTRACTS.toString()));
        List<String> json = results.collectAsList().stream().map(row -> row.<String>getAs("json")).toList();

        List<Integer> perSplit = results.javaRDD().mapPartitions(rows -> {
            int count = 0;
            for (; rows.hasNext(); rows.next()) {
                count++;
            }
            return List.of(count).iterator();
        }).collect();
        assertThat(perSplit).as("rows per split").filteredOn(count -> count > 0).hasSizeGreaterThan(1);
        assertThat(json).isEqualTo(Reference.decideLines(Reference.BUNDLED, CONTRACTS, whole));
        assertThat(json.get(1500)).contains("\"line\":1501");
    }

    /** The records the tasks of a job group read, counted to the last task's end. */
    private static final class RecordsRead extends SparkListener {
        private static final String MARKER = "records-read-marker";
        private final String group;
        private final AtomicLong read = new AtomicLong();
        private final CountDownLatch markerEnded = new CountDownLatch(1);
        private final Map<Integer, String> stageGroups = new ConcurrentHashMap<>();

        RecordsRead(String group) {
            this.group = group;
        }

        @Override
        public void onJobStart(SparkListenerJobStart start) {
            String jobGroup = start.properties().getProperty("spark.jobGroup.id");
            start.stageIds().foreach(stage -> stageGroups.put((Integer) stage, String.valueOf(jobGroup)));
        }

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            String stageGroup = stageGroups.get(end.stageId());
            if (group.equals(stageGroup) && end.taskMetrics() != null) {
                read.addAndGet(end.taskMetrics().inputMetrics().recordsRead());
            } else if (MARKER.equals(stageGroup)) {
                markerEnded.countDown();
            }
        }

        /** Runs a job after the group's and waits for its task: events come in order, so every earlier one is in. */
        void awaitAll(SparkSession spark) throws InterruptedException {
            spark.sparkContext().setJobGroup(MARKER, MARKER, false);
            JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(List.of(1), 1).count();
            assertThat(markerEnded.await(5, TimeUnit.MINUTES)).as("the marker's task end").isTrue();
        }

        long read() {
            return read.get();
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
