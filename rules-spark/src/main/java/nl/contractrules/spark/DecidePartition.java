package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JacksonException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.function.Function;
import java.util.function.LongSupplier;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkDecider;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.Json;
import nl.contractrules.json.JsonLines;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the case lines of one partition into result rows ({@code id}, {@code contract}, {@code kind},
 * {@code ruleSet}, {@code json}), in order, with the rule set and contracts this executor JVM keeps; every line
 * gives a row, a bad one an error row. The lines come as rows of a line number and the line (text or bytes), or as
 * the bytes of an input split's lines, numbered only when a result names its line ({@link #lines}).
 */
final class DecidePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DecidePartition.class);

    /** The edited rule files, which executors compile; null for the bundled rules. */
    private final Broadcast<RuleSet> ruleSet;
    private final String ruleSetHash;
    private final Broadcast<String> contracts;
    private final String contractsHash;
    private final Instant asOf;
    private final int maxLine;
    private final boolean citations;
    private final boolean binary;
    private final Counters counters;

    /**
     * @param ruleSet the edited rule files, which each executor JVM compiles; null for the bundled rules, which it
     *                loads as the build compiled them (the executable model on its class path)
     */
    DecidePartition(Broadcast<RuleSet> ruleSet, String ruleSetHash, Broadcast<String> contracts, Instant asOf,
                    int maxLine, boolean citations, boolean binary, Counters counters) {
        this.ruleSet = ruleSet;
        this.ruleSetHash = ruleSetHash;
        this.contracts = contracts;
        this.contractsHash = RuleSet.hashOf(contracts.value());
        this.asOf = asOf;
        this.maxLine = maxLine;
        this.citations = citations;
        this.binary = binary;
        this.counters = counters;
    }

    /** Decides rows of a line number (a long) and a line (text or bytes, as {@code binary} says). */
    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Task task = new Task();
        return task.results(rows, row -> task.decide(row.isNullAt(0) ? 0 : row.getLong(0),
                row.isNullAt(1) ? new byte[0] : binary ? (byte[]) row.get(1) : row.getString(1).getBytes(UTF_8),
                null));
    }

    /**
     * Decides the lines of one input split, in order. A line's number is {@code linesBefore} (the lines of the input
     * before the split) plus its place in the split, but {@code linesBefore} is asked for, once, only when a result
     * names its line (an error line, or a case without an id): reading what lies before the split costs a pass
     * over it, which a split of good lines never pays.
     */
    Iterator<Row> lines(Iterator<byte[]> lines, LongSupplier linesBefore) {
        Task task = new Task();
        LongSupplier before = new LongSupplier() {
            private long value = -1;

            @Override
            public long getAsLong() {
                if (value < 0) {
                    value = linesBefore.getAsLong();
                }
                return value;
            }
        };
        long[] place = {0};
        return task.results(lines, bytes -> task.decide(++place[0], bytes, before));
    }

    /** One task: this JVM's rules and contracts, and the CPU time the task's thread uses. */
    private final class Task {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long cpuStart = threads.getCurrentThreadCpuTime();
        private final BulkDecider rules = PerJvm.rules(ruleSetHash, DecidePartition.this::load)
                .withClock(Clock.fixed(asOf, ZoneOffset.UTC)).bulk();
        private final BulkContracts under = PerJvm.contracts(contractsHash, DecidePartition.this::parseContracts);

        /** The result rows of the items, decided one at a time as they are read; the CPU time counted at the end. */
        <T> Iterator<Row> results(Iterator<T> items, Function<T, Row> decide) {
            return new Iterator<>() {
                private boolean counted;

                @Override
                public boolean hasNext() {
                    boolean more = items.hasNext();
                    if (!more && !counted) {
                        counted = true;
                        counters.cpu(threads.getCurrentThreadCpuTime() - cpuStart);
                    }
                    return more;
                }

                @Override
                public Row next() {
                    return decide.apply(items.next());
                }
            };
        }

        /**
         * One line decided as {@code decide} does it: a line that cannot be read is rejected naming the problem.
         * With {@code before}, {@code number} is the line's place in its split, and a result that names its line is
         * decided again with the line's number in the input.
         */
        Row decide(long number, byte[] bytes, LongSupplier before) {
            BulkResult result = decideOne(number, bytes);
            if (before != null && namesItsLine(result, number)) {
                result = decideOne(before.getAsLong() + number, bytes);
            }
            counters.count(result);
            BulkCase c = result.bulkCase();
            return RowFactory.create(c.id(), c.contractId(), c.kind(), ruleSetHash, BulkLines.line(result, citations));
        }

        private BulkResult decideOne(long number, byte[] bytes) {
            return rules.decideOne(number, JsonLines.line(number, bytes, maxLine),
                    line -> BulkLines.read(line, under));
        }
    }

    /** Whether a result line holds the line's number: a rejection names it, a case without an id is called after it. */
    private static boolean namesItsLine(BulkResult result, long number) {
        String id = result.bulkCase().id();
        return !result.decided() || id != null && id.startsWith("#") && id.equals("#" + number);
    }

    private ContractRules load() {
        long start = System.nanoTime();
        boolean bundled = ruleSet == null;
        ContractRules rules = bundled ? ContractRules.bundled() : ContractRules.of(ruleSet.value().files());
        long millis = (System.nanoTime() - start) / 1_000_000;
        counters.loaded(millis);
        LOG.info("{} rule set {} ({} rules) in {} ms", bundled ? "loaded the bundled" : "compiled", ruleSetHash,
                rules.ruleCount(), millis);
        return rules;
    }

    private BulkContracts parseContracts() {
        try {
            return BulkContracts.of(Json.MAPPER.readTree(contracts.value()), "contracts");
        } catch (JacksonException e) {
            throw new IllegalStateException("the driver shipped contracts that do not parse", e);
        }
    }
}
