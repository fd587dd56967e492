package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

        LocalCluster.Run run = cluster.submit(List.of(), List.of("--contracts", CONTRACTS.toString(),
                "--cases", CASES.toString(), "--out", out.toString(), "--as-of", Reference.AS_OF.toString()));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(cluster.url()).matches("spark://127\\.0\\.0\\.1:\\d+");
        assertThat(run.output()).contains("48 lines: 40 decided, 8 rejected").contains("loaded by executors");
        assertThat(LocalSpark.partFiles(out))
                .isEqualTo(LocalSpark.lines(Reference.decideLines(Reference.BUNDLED, CONTRACTS, CASES)));
        assertThat(cluster.log("worker-1")).as("an executor on each worker").contains("Asked to launch executor");
        assertThat(cluster.log("worker-2")).as("an executor on each worker").contains("Asked to launch executor");
    }

    @Test
    @Order(2)
    void aWorkerKilledInTheMiddleOfAJobLosesNoLineAndDoublesNone(@TempDir Path dir) throws IOException {
        List<String> example = Files.readAllLines(CASES, UTF_8);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            lines.addAll(example);
        }
        Path cases = Files.writeString(dir.resolve("cases.jsonl"), LocalSpark.lines(lines), UTF_8);
        Path out = dir.resolve("out");
        ProcessHandle worker = cluster.worker(2);

        LocalCluster.Run run = cluster.submit(List.of(
                        "--driver-class-path", Path.of("target/test-classes").toAbsolutePath().toString(),
                        "--conf", "spark.extraListeners=" + KillWorkerOnFirstTask.class.getName(),
                        "--conf", "spark.contractrules.test.killPid=" + worker.pid(),
                        "--conf", "spark.default.parallelism=8"),
                List.of("--contracts", CONTRACTS.toString(), "--cases", cases.toString(), "--out", out.toString(),
                        "--as-of", Reference.AS_OF.toString()));

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(worker.isAlive()).isFalse();
        assertThat(run.output()).contains("killed worker process " + worker.pid())
                .containsPattern("lost worker: killed, tasks failed: [1-9]\\d*, executors removed: [1-9]");
        assertThat(LocalSpark.partFiles(out))
                .isEqualTo(LocalSpark.lines(Reference.decideLines(Reference.BUNDLED, CONTRACTS, cases)));
    }
}
