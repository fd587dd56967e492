package nl.contractrules.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The single-thread benchmarks of {@link DecideBenchmark}, {@link BulkMixBenchmark}'s reading of case lines and its
 * deciding of the export's incident mix (one case after another, as {@code decideMix} with {@code mix=incidents}),
 * measured in CPU time of the measuring thread, taking turns, so that other processes competing for the cores (a
 * shared machine) slow none of them more than the others: the median CPU microseconds per operation, and each
 * decision's ratio to the hand-written baseline.
 * A companion to the JMH figures, not a replacement. Run with
 * {@code ./mvnw -q -Pbench -DskipTests verify -Dbench.main=nl.contractrules.tests.bench.CpuTimes -Djmh.args=ROUNDS}.
 */
public final class CpuTimes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTimes() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        DecideBenchmark bench = new DecideBenchmark();
        bench.setUp();
        BulkMixBenchmark mix = new BulkMixBenchmark();
        mix.mix = "all";
        mix.setUp();
        BulkMixBenchmark.Cursor cursor = new BulkMixBenchmark.Cursor();
        BulkMixBenchmark incidents = new BulkMixBenchmark();
        incidents.mix = "incidents";
        incidents.setUp();
        BulkMixBenchmark.Cursor incidentCursor = new BulkMixBenchmark.Cursor();
        Map<String, Supplier<Object>> benchmarks = new LinkedHashMap<>();
        benchmarks.put("decideIncident", bench::decideIncident);
        benchmarks.put("decideIncidentHandWritten", bench::decideIncidentHandWritten);
        benchmarks.put("decideKpnIncident", bench::decideKpnIncident);
        benchmarks.put("decideKpnIncidentHandWritten", bench::decideKpnIncidentHandWritten);
        benchmarks.put("decideBatch", bench::decideBatch);
        benchmarks.put("readMix", () -> mix.readMix(cursor));
        benchmarks.put("decideIncidentMix", () -> incidents.decideMix(incidentCursor));
        Map<String, List<Double>> perOp = new LinkedHashMap<>();
        benchmarks.keySet().forEach(name -> perOp.put(name, new ArrayList<>()));
        for (int round = -rounds / 2; round < rounds; round++) {
            for (Map.Entry<String, Supplier<Object>> b : benchmarks.entrySet()) {
                int ops = b.getKey().equals("decideBatch") ? 20 : b.getKey().equals("readMix") ? 20_000 : 2_000;
                long start = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < ops; i++) {
                    if (b.getValue().get() == null) {
                        throw new IllegalStateException(b.getKey());
                    }
                }
                double micros = (THREADS.getCurrentThreadCpuTime() - start) / 1_000.0 / ops;
                if (round >= 0) {
                    perOp.get(b.getKey()).add(micros);
                }
            }
        }
        Map<String, Double> median = new LinkedHashMap<>();
        perOp.forEach((name, times) -> median.put(name, median(times)));
        System.out.printf("%-30s %14s %10s%n", "benchmark", "CPU us/op", "ratio");
        median.forEach((name, micros) -> {
            String baseline = name.contains("Kpn") ? "decideKpnIncidentHandWritten" : "decideIncidentHandWritten";
            String ratio = name.startsWith("decideBatch") || name.endsWith("Mix") ? ""
                    : String.format("%.1f", micros / median.get(baseline));
            System.out.printf("%-30s %14.2f %10s%n", name, micros, ratio);
        });
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
