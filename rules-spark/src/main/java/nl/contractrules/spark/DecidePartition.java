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
 * Decides the case lines of one partition (rows of a line number, a long, and the line, as text or bytes) into
 * result rows ({@code id}, {@code contract}, {@code kind}, {@code ruleSet}, {@code json}), in order, with the rule
 * set and contracts this executor JVM keeps; every line gives a row, a bad one an error row. The cases are decided
 * as {@code decide} decides them, in a bulk run of one deciding thread per task (so that a case past the time limit
 * is given up while the task goes on), the lines read and the rows written on the task's thread.
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

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
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
        Map<Long, Long> lineNumbers = new ConcurrentHashMap<>();
        long[] read = new long[1];
        Stream<JsonLines.Line> lines = StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                Spliterator.ORDERED), false).map(row -> {
                    long number = row.isNullAt(0) ? 0 : row.getLong(0);
                    lineNumbers.put(++read[0], number);
                    return JsonLines.line(number, bytes(row), maxLine);
                });
        Iterator<Row> results = rules.bulk().threads(1).executor(measured)
                .reading((JsonLines.Line line) -> BulkLines.read(line, under))
                .finishing(result -> row(new BulkResult(lineNumbers.remove(result.position()), result.bulkCase(),
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
