package nl.contractrules.tests.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.JsonLines;

/**
 * The in-process counterpart of a whole {@code decide} run: a fresh JVM reads the same bulk input into memory first
 * (not timed), then decides every case with {@link ContractRules#bulk()} on the given number of threads, timed from
 * the first case to the last as the command's summary times its run, the optimising compiler's warm-up included.
 * What an application that has its tickets in memory gets from the library on the same case mix; {@code decide}'s
 * throughput is compared with it in {@code docs/performance.md}, beside the steady state of
 * {@link BulkMixBenchmark}. Run from the repository root, after generating the input into target/bulk with
 * {@link BulkGenerator} (the benchmark runs in rules-tests, hence the {@code ../}):
 * <pre>{@code
 * ./mvnw -q -Pbench -DskipTests verify -pl rules-tests -am -Dbench.main=nl.contractrules.tests.bench.BulkInProcess \
 *     -Djmh.args="../target/bulk/contracts.json ../target/bulk/cases.jsonl 2"
 * }</pre>
 * Arguments: the contracts file, the cases file, the number of threads (default 2). Prints cases per second and the
 * process's CPU seconds while deciding. Keeping a million cases in memory takes a few GB of heap.
 */
public final class BulkInProcess {
    private BulkInProcess() {
    }

    public static void main(String[] args) throws IOException {
        BulkContracts contracts = BulkContracts.read(Path.of(args[0]));
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<BulkCase> cases;
        try (InputStream in = Files.newInputStream(Path.of(args[1]));
             Stream<JsonLines.Line> lines = JsonLines.lines(in, JsonLines.DEFAULT_MAX_LINE)) {
            cases = lines.map(line -> BulkLines.read(line, contracts)).toList();
        }
        ContractRules rules = ContractRules.bundled();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long decided = 0;
        long rejected = 0;
        ExecutorService pool = Executors.newCachedThreadPool();
        try (Stream<BulkResult> results = rules.bulk().threads(threads).executor(pool).decide(cases.stream())) {
            for (Iterator<BulkResult> it = results.iterator(); it.hasNext(); ) {
                if (it.next().decided()) {
                    decided++;
                } else {
                    rejected++;
                }
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
        System.out.printf("%d cases (%d decided, %d rejected) on %d threads in %.2f s: %.0f cases/s, CPU %.1f s%n",
                cases.size(), decided, rejected, threads, seconds, cases.size() / seconds, cpu);
    }
}
