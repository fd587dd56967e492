package nl.contractrules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.json.Json;
import nl.contractrules.model.CaseKind;
import nl.contractrules.report.Verdict;

/**
 * The counts of a {@code decide} run: cases read, decided and rejected, per contract and kind, with the elapsed
 * time; for incidents also how many met their targets, missed one, were not measured or had none
 * ({@link Verdict}). Only contracts of the contracts file and known kinds get a row of their own (the rest count as
 * {@value #UNKNOWN}), so a hostile input cannot grow it.
 */
final class BulkSummary {
    static final String UNKNOWN = "(unknown)";

    private final Predicate<String> knownContract;
    /** Counted in hash maps (a lookup per case); listed sorted by contract and kind. */
    private final Map<String, Map<String, Row>> counts = new HashMap<>();
    private final long start = System.nanoTime();
    private long read;
    private long rejected;
    private long elapsed = -1;

    BulkSummary(Predicate<String> knownContract) {
        this.knownContract = knownContract;
    }

    void add(BulkResult result) {
        read++;
        BulkCase c = result.bulkCase();
        String contract = c.contractId() != null && knownContract.test(c.contractId()) ? c.contractId() : UNKNOWN;
        String kind = c.kind() != null && CaseKind.fromJsonName(c.kind()).isPresent() ? c.kind() : UNKNOWN;
        Row row = counts.computeIfAbsent(contract, k -> new HashMap<>()).computeIfAbsent(kind, k -> new Row());
        if (result.decided()) {
            row.decided++;
        } else {
            row.rejected++;
            rejected++;
        }
        Verdict.ofIncident(result.outcome()).ifPresent(verdict -> row.verdicts[verdict.ordinal()]++);
    }

    long read() {
        return read;
    }

    long rejected() {
        return rejected;
    }

    /** Stops the clock. */
    void finish() {
        elapsed = System.nanoTime() - start;
    }

    private BigDecimal seconds() {
        return BigDecimal.valueOf(elapsed < 0 ? System.nanoTime() - start : elapsed).movePointLeft(9)
                .setScale(3, RoundingMode.HALF_UP);
    }

    private long perSecond() {
        BigDecimal seconds = seconds();
        return seconds.signum() == 0 ? read : BigDecimal.valueOf(read).divide(seconds, 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** The counts by contract, then kind, both in order. */
    private SortedMap<String, SortedMap<String, Row>> sorted() {
        SortedMap<String, SortedMap<String, Row>> sorted = new TreeMap<>();
        counts.forEach((contract, kinds) -> sorted.put(contract, new TreeMap<>(kinds)));
        return sorted;
    }

    void print(PrintWriter out) {
        out.printf("%d cases read: %d decided, %d rejected, in %s s (%d cases/s)%n", read, read - rejected,
                rejected, seconds().setScale(1, RoundingMode.HALF_UP), perSecond());
        if (counts.isEmpty()) {
            return;
        }
        out.printf("  %-24s %-14s %10s %10s %10s %10s %12s %10s%n", "contract", "kind", "decided", "rejected",
                "met", "missed", "not measured", "no target");
        sorted().forEach((contract, kinds) -> kinds.forEach((kind, row) -> {
            out.printf("  %-24s %-14s %10d %10d", contract, kind, row.decided, row.rejected);
            if (kind.equals(CaseKind.INCIDENT.jsonName())) {
                out.printf(" %10d %10d %12d %10d", row.count(Verdict.MET), row.count(Verdict.MISSED),
                        row.count(Verdict.NOT_MEASURED), row.count(Verdict.NO_TARGET));
            }
            out.println();
        }));
        out.flush();
    }

    ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode().put("read", read).put("decided", read - rejected)
                .put("rejected", rejected).put("elapsedSeconds", seconds()).put("casesPerSecond", perSecond());
        ArrayNode rows = node.putArray("byContractAndKind");
        sorted().forEach((contract, kinds) -> kinds.forEach((kind, row) -> {
            ObjectNode json = rows.addObject().put("contract", contract).put("kind", kind)
                    .put("decided", row.decided).put("rejected", row.rejected);
            if (kind.equals(CaseKind.INCIDENT.jsonName())) {
                json.putObject("targets").put("met", row.count(Verdict.MET))
                        .put("missed", row.count(Verdict.MISSED))
                        .put("notMeasured", row.count(Verdict.NOT_MEASURED))
                        .put("noTarget", row.count(Verdict.NO_TARGET));
            }
        }));
        return node;
    }

    /** The counts of one contract and kind; verdicts by {@link Verdict} ordinal, for decided incidents. */
    private static final class Row {
        private long decided;
        private long rejected;
        private final long[] verdicts = new long[Verdict.values().length];

        long count(Verdict verdict) {
            return verdicts[verdict.ordinal()];
        }
    }
}
