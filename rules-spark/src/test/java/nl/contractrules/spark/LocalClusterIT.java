package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real standalone cluster of separate JVMs ({@code bin/cluster-local}: a master and two workers of one
 * core each), submitted with spark-submit in client mode: executors that load the job jar, the broadcast rule set and
 * contracts, and a worker lost in the middle of a job. Runs after {@code package}, which builds the job jar and the
 * Spark home.
 */
@TestMethodOrder(OrderAnnotation.class)
class LocalClusterIT {
    private static final Path CONTRACTS = Path.of("../examples/bulk/contracts.json").toAbsolutePath();
    private static final Path CASES = Path.of("../examples/bulk/cases.jsonl").toAbsolutePath();
    private static LocalCluster cluster;

    @BeforeAll
    static void start() {
        cluster = LocalCluster.start(Path.of("target/cluster-it").toAbsolutePath());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theBulkExampleDecidedOnTwoWorkersIsWhatDecideWrites(@TempDir Path dir) {
        Path out = dir.resolve("out");
        List<String> decide = Reference.decideLines(Reference.BUNDLED, CONTRACTS, CASES);
        long rejected = decide.stream().filter(line -> line.contains("\"error\":true")).count();

        LocalCluster.Run run = cluster.submit(List.of(), List.of("--contracts", CONTRACTS.toString(),
                "--cases", CASES.toString(), "--out", out.toString(), "--as-of", Reference.AS_OF.toString()));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(cluster.url()).matches("spark://127\\.0\\.0\\.1:\\d+");
        assertThat(rejected).as("the example's bad lines").isPositive();
        assertThat(run.output()).contains(decide.size() + " lines: " + (decide.size() - rejected) + " decided, "
                + rejected + " rejected").contains("loaded by executors");
        assertThat(LocalSpark.partFiles(out)).isEqualTo(LocalSpark.lines(decide));
        assertThat(cluster.log("worker-1")).as("an executor on each worker").contains("Asked to launch executor");
        assertThat(cluster.log("worker-2")).as("an executor on each worker").contains("Asked to launch executor");
    }

    /**
     * An edited rule set (one number of KPN EEN changed) compiles on the driver and on each executor: Drools finds its
     * services (the MVEL dialect the DRL compile needs) from the compile's pool threads, whose context class loader
     * is the system class loader, which does not see the job jar on a cluster.
     */
    @Test
    @Order(2)
    void anEditedRuleSetDecidedOnTheClusterIsWhatDecideWritesWithIt(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        RuleFile.write(RuleFile.bundled(), rules);
        Path table = rules.resolve("kpneen/sla-levels.csv");
        String text = Files.readString(table, UTF_8);
        assertThat(text).contains("STANDAARD,false,,480,");
        Files.writeString(table, text.replace("STANDAARD,false,,480,", "STANDAARD,false,,360,"), UTF_8);
        Path out = dir.resolve("out");
        List<String> decide = Reference.decideLines(ContractRules.load(rules)
                .withClock(Clock.fixed(Reference.AS_OF, ZoneOffset.UTC)), CONTRACTS, CASES);

        LocalCluster.Run run = cluster.submit(List.of(), List.of("--contracts", CONTRACTS.toString(),
                "--cases", CASES.toString(), "--out", out.toString(), "--rules", rules.toString(),
                "--as-of", Reference.AS_OF.toString()));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(LocalSpark.partFiles(out)).isEqualTo(LocalSpark.lines(decide))
                .isNotEqualTo(LocalSpark.lines(Reference.decideLines(Reference.BUNDLED, CONTRACTS, CASES)));
    }

    @Test
    @Order(3)
    void aWorkerKilledInTheMiddleOfAJobLosesNoLineAndDoublesNone(@TempDir Path dir) throws IOException {
        List<String> example = Files.readAllLines(CASES, UTF_8);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            lines.addAll(example);
        }
        Path cases = Files.writeString(dir.resolve("cases.jsonl"), LocalSpark.lines(lines), UTF_8);
        Path out = dir.resolve("out");
        List<ProcessHandle> workers = List.of(cluster.worker(1), cluster.worker(2));
        String workerConf = String.join(",", IntStream.of(1, 2)
                .mapToObj(n -> n + "=" + workers.get(n - 1).pid() + "=" + cluster.workDir(n)).toList());

        LocalCluster.Run run = cluster.submit(List.of(
                        "--driver-class-path", Path.of("target/test-classes").toAbsolutePath().toString(),
                        "--conf", "spark.extraListeners=" + KillWorkerMidJob.class.getName(),
                        "--conf", "spark.contractrules.test.workers=" + workerConf,
                        "--conf", "spark.default.parallelism=8"),
                List.of("--contracts", CONTRACTS.toString(), "--cases", cases.toString(), "--out", out.toString(),
                        "--as-of", Reference.AS_OF.toString()));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output())
                .containsPattern("killed worker [12] \\(process \\d+\\) and its executor \\d+ running task \\d+ of"
                        + " stage \\d+, after task \\d+ of stage \\d+ of \\d+ tasks had finished")
                .containsPattern("lost worker: killed, tasks failed: [1-9]\\d*, executors removed: [1-9]");
        assertThat(workers).as("one worker left").filteredOn(ProcessHandle::isAlive).hasSize(1);
        assertThat(LocalSpark.partFiles(out))
                .isEqualTo(LocalSpark.lines(Reference.decideLines(Reference.BUNDLED, CONTRACTS, cases)));
    }
}
