package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JacksonException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import nl.contractrules.api.BulkCase;
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
 * Decides the case lines of one partition (rows of a line number, a long, and the line, as text or bytes) into result rows ({@code id}, {@code contract}, {@code kind},
 * {@code ruleSet}, {@code json}), in order, with the rule set and contracts this executor JVM keeps; every line
 * gives a row, a bad one an error row.
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
    private final boolean binary;
    private final Counters counters;

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

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        ContractRules rules = PerJvm.rules(ruleSetHash, this::compile)
                .withClock(Clock.fixed(asOf, ZoneOffset.UTC));
        BulkContracts under = PerJvm.contracts(contractsHash, this::parseContracts);
        return new Iterator<>() {
            private boolean counted;

            @Override
            public boolean hasNext() {
                boolean more = rows.hasNext();
                if (!more && !counted) {
                    counted = true;
                    counters.cpu(threads.getCurrentThreadCpuTime() - cpuStart);
                }
                return more;
            }

            @Override
            public Row next() {
                return decide(rows.next(), rules, under);
            }
        };
    }

    private ContractRules compile() {
        long start = System.nanoTime();
        ContractRules rules = ContractRules.of(ruleSet.value().files());
        long millis = (System.nanoTime() - start) / 1_000_000;
        counters.loaded(millis);
        LOG.info("compiled rule set {} ({} rules) in {} ms", ruleSetHash, rules.ruleCount(), millis);
        return rules;
    }

    private BulkContracts parseContracts() {
        try {
            return BulkContracts.of(Json.MAPPER.readTree(contracts.value()), "contracts");
        } catch (JacksonException e) {
            throw new IllegalStateException("the driver shipped contracts that do not parse", e);
        }
    }

    private Row decide(Row row, ContractRules rules, BulkContracts under) {
        long number = row.isNullAt(0) ? 0 : row.getLong(0);
        byte[] bytes = row.isNullAt(1) ? new byte[0] : binary ? (byte[]) row.get(1) : row.getString(1).getBytes(UTF_8);
        BulkResult result = decide(number, JsonLines.line(number, bytes, maxLine), rules, under);
        counters.count(result);
        BulkCase c = result.bulkCase();
        return RowFactory.create(c.id(), c.contractId(), c.kind(), ruleSetHash, BulkLines.line(result, citations));
    }

    /** One line decided as {@code decide} does it: a line that cannot be read is rejected naming the problem. */
    private static BulkResult decide(long number, JsonLines.Line line, ContractRules rules, BulkContracts under) {
        return rules.bulk().decideOne(number, line, l -> BulkLines.read(l, under));
    }
}
