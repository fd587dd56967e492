package nl.contractrules.tests.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Outcome;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.JsonLines;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The case mixes of {@code decide}'s bulk benchmarks decided in process: the first {@value #CASES} cases
 * {@link BulkGenerator} writes of the {@link #mix} (the same seed and contract copies as the runs of the command:
 * {@code all}, every kind alike, 20 copies of each contract; {@code incidents}, an export's mix, 5 copies), read
 * once at setup, then
 * decided one after another through {@link ContractRules#evaluate} on one and on two threads, in cases per second.
 * What the command line's throughput is compared with: the rules' own cost on the same mix, without reading,
 * parsing or writing. {@code readMix} is the reading alone: the same lines read into cases by {@link BulkLines#read},
 * as {@code decide}'s workers read them. Run with
 * {@code ./mvnw -q -Pbench -DskipTests verify -pl rules-tests -am -Djmh.args="BulkMix -f 1 -wi 10 -w 3s -i 5 -r 3s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BulkMixBenchmark {
    static final int CASES = 10_000;

    /** Which mix: {@code all} or {@code incidents} ({@link BulkGenerator.Mix}). */
    @Param({"all", "incidents"})
    public String mix;

    private ContractRules rules;
    private List<BulkCase> cases;
    private List<JsonLines.Line> lines;
    private BulkContracts contracts;

    /** Where a thread is in the mix. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;
    }

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("bulk-mix");
        Path contractsFile = dir.resolve("contracts.json");
        Path casesFile = dir.resolve("cases.jsonl");
        try {
            BulkGenerator.Mix generated = BulkGenerator.Mix.valueOf(mix.toUpperCase(Locale.ROOT));
            BulkGenerator.generate(roots(), contractsFile, casesFile, CASES, generated == BulkGenerator.Mix.ALL ? 20 : 5,
                    new Random(1), generated);
            contracts = BulkContracts.read(contractsFile);
            try (Stream<JsonLines.Line> read = JsonLines.lines(Files.newInputStream(casesFile),
                    JsonLines.DEFAULT_MAX_LINE)) {
                lines = read.toList();
            }
            cases = lines.stream().map(line -> BulkLines.read(line, contracts)).toList();
        } finally {
            Files.deleteIfExists(casesFile);
            Files.deleteIfExists(contractsFile);
            Files.delete(dir);
        }
        if (cases.size() != CASES || !cases.stream().allMatch(BulkCase::readable)) {
            throw new IllegalStateException("the generated mix has unreadable cases");
        }
        rules = ContractRules.bundled();
    }

    /** The scenario roots, from the repository root (as the generator's command line runs) or from this module. */
    static List<Path> roots() {
        return Files.isDirectory(BulkGenerator.ROOTS.get(0)) ? BulkGenerator.ROOTS
                : List.of(Path.of("src/test/resources/scenarios"), Path.of("../examples"));
    }

    @Benchmark
    public Outcome<?> decideMix(Cursor cursor) {
        BulkCase next = cases.get(cursor.next);
        cursor.next = (cursor.next + 1) % CASES;
        return rules.evaluate(next.contract(), next.input());
    }

    @Benchmark
    @Threads(2)
    public Outcome<?> decideMixTwoThreads(Cursor cursor) {
        return decideMix(cursor);
    }

    @Benchmark
    public BulkCase readMix(Cursor cursor) {
        JsonLines.Line next = lines.get(cursor.next);
        cursor.next = (cursor.next + 1) % CASES;
        return BulkLines.read(next, contracts);
    }
}
