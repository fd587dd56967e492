package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JacksonException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.TimeLimit;
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
 * the bytes of an input split's lines, numbered only when a result names its line ({@link #lines}). The cases are
 * decided as {@code decide} decides them, in a bulk run of one deciding thread per task (so that a case past the
 * time limit is given up while the task goes on), the lines read and the rows written on the task's thread.
 */
final class DecidePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DecidePartition.class);

    private final Broadcast<RuleSet> ruleSet;
    private final String ruleSetHash;
    private final Broadcast<String> contracts;
    private final String contractsHash;
    private final Instant asOf;
    private final int maxLine;
    private final boolean citations;
    private final Duration timeout;
    private final boolean binary;
    private final Counters counters;

    DecidePartition(Broadcast<RuleSet> ruleSet, String ruleSetHash, Broadcast<String> contracts, Instant asOf,
                    int maxLine, boolean citations, Duration timeout, boolean binary, Counters counters) {
        this.ruleSet = ruleSet;
        this.ruleSetHash = ruleSetHash;
        this.contracts = contracts;
        this.contractsHash = RuleSet.hashOf(contracts.value());
        this.asOf = asOf;
        this.maxLine = maxLine;
        this.citations = citations;
        this.timeout = timeout;
        this.binary = binary;
        this.counters = counters;
    }

    /** Decides rows of a line number (a long) and a line (text or bytes, as {@code binary} says). */
    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Map<Long, Long> lineNumbers = new ConcurrentHashMap<>();
        long[] read = new long[1];
        Stream<JsonLines.Line> lines = stream(rows).map(row -> {
            long number = row.isNullAt(0) ? 0 : row.getLong(0);
            lineNumbers.put(++read[0], number);
            return JsonLines.line(number, bytes(row), maxLine);
        });
        return decide(lines, UnaryOperator.identity(), result -> lineNumbers.remove(result.position()));
    }

    /**
     * Decides the lines of one input split, in order. A line's number is {@code linesBefore} (the lines of the input
     * before the split) plus its place in the split, but {@code linesBefore} is asked for, once, only when a result
     * names its line (an error line, or a case without an id): reading what lies before the split costs a pass
     * over it, which a split of good lines never pays.
     */
    Iterator<Row> lines(Iterator<byte[]> lines, LongSupplier linesBefore) {
        LongSupplier before = once(linesBefore);
        long[] place = new long[1];
        Stream<JsonLines.Line> numbered = stream(lines).map(bytes -> JsonLines.line(++place[0], bytes, maxLine));
        return decide(numbered,
                line -> new JsonLines.Line(before.getAsLong() + line.number(), line.bytes(), line.length()),
                result -> result.decided() ? result.position() : before.getAsLong() + result.position());
    }

    /**
     * The result rows of a task's lines, each numbered by its place in the task; {@code inInput} numbers a line as
     * in the input, for a case called after its line, and {@code lineNumber} gives a result's line number in the
     * input (asked for every result; used by a rejection).
     */
    private Iterator<Row> decide(Stream<JsonLines.Line> lines, UnaryOperator<JsonLines.Line> inInput,
                                 ToLongFunction<BulkResult> lineNumber) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        LongAdder deciding = new LongAdder();
        Executor measured = task -> PerJvm.deciding().execute(() -> {
            long start = threads.getCurrentThreadCpuTime();
            try {
                task.run();
            } finally {
                deciding.add(threads.getCurrentThreadCpuTime() - start);
            }
        });
        ContractRules rules = PerJvm.rules(ruleSetHash, this::load).withClock(Clock.fixed(asOf, ZoneOffset.UTC));
        if (!timeout.isZero()) {
            rules = rules.withTimeout(TimeLimit.of(timeout).executor(measured));
        }
        BulkContracts under = PerJvm.contracts(contractsHash, this::parseContracts);
        Iterator<Row> results = rules.bulk().threads(1).executor(measured)
                .reading((JsonLines.Line line) -> read(line, inInput, under))
                .finishing(result -> row(new BulkResult(lineNumber.applyAsLong(result), result.bulkCase(),
                        result.outcome())))
                .decide(lines).iterator();
        return new Iterator<>() {
            private boolean counted;

            @Override
            public boolean hasNext() {
                boolean more = results.hasNext();
                if (!more && !counted) {
                    counted = true;
                    counters.cpu(threads.getCurrentThreadCpuTime() - cpuStart + deciding.sum());
                }
                return more;
            }

            @Override
            public Row next() {
                return results.next();
            }
        };
    }

    /** The case of a line; one called after its line (it has no id) is read again numbered as in the input. */
    private static BulkCase read(JsonLines.Line line, UnaryOperator<JsonLines.Line> inInput, BulkContracts under) {
        BulkCase read = BulkLines.read(line, under);
        String id = read.id();
        if (id != null && id.startsWith("#") && id.equals("#" + line.number())) {
            JsonLines.Line numbered = inInput.apply(line);
            if (numbered.number() != line.number()) {
                read = BulkLines.read(numbered, under);
            }
        }
        return read;
    }

    private static <T> Stream<T> stream(Iterator<T> items) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED), false);
    }

    /** The supplier's value, asked for once, on the first call. */
    private static LongSupplier once(LongSupplier supplier) {
        return new LongSupplier() {
            private long value = -1;

            @Override
            public synchronized long getAsLong() {
                if (value < 0) {
                    value = supplier.getAsLong();
                }
                return value;
            }
        };
    }

    /** The rule set: the bundled rules' executable model, or the broadcast files compiled from DRL. */
    private ContractRules load() {
        long start = System.nanoTime();
        ContractRules rules = ruleSet.value().rules();
        long millis = (System.nanoTime() - start) / 1_000_000;
        counters.loaded(millis);
        LOG.info("loaded rule set {} ({} rules) in {} ms", ruleSetHash, rules.ruleCount(), millis);
        return rules;
    }

    private BulkContracts parseContracts() {
        try {
            return BulkContracts.of(Json.MAPPER.readTree(contracts.value()), "contracts");
        } catch (JacksonException e) {
            throw new IllegalStateException("the driver shipped contracts that do not parse", e);
        }
    }

    private byte[] bytes(Row row) {
        return row.isNullAt(1) ? new byte[0] : binary ? (byte[]) row.get(1) : row.getString(1).getBytes(UTF_8);
    }

    /** The result row of a line decided as {@code decide} decides it. */
    private Row row(BulkResult result) {
        synchronized (counters) {
            counters.count(result);
        }
        BulkCase c = result.bulkCase();
        return RowFactory.create(c.id(), c.contractId(), c.kind(), ruleSetHash, BulkLines.line(result, citations));
    }
}
