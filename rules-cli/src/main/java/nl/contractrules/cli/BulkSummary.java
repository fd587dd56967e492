package nl.contractrules.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.json.Json;
import nl.contractrules.model.CaseKind;

/**
 * The counts of a {@code decide} run: cases read, decided and rejected, per contract and kind, with the elapsed
 * time. Only contracts of the contracts file and known kinds get a row of their own (the rest count as
 * {@value #UNKNOWN}), so a hostile input cannot grow it.
 */
final class BulkSummary {
    static final String UNKNOWN = "(unknown)";

    private final Predicate<String> knownContract;
    private final Map<String, Map<String, long[]>> counts = new TreeMap<>();
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
        long[] row = counts.computeIfAbsent(contract, k -> new TreeMap<>()).computeIfAbsent(kind, k -> new long[2]);
        if (result.decided()) {
            row[0]++;
        } else {
            row[1]++;
            rejected++;
        }
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

    void print(PrintWriter out) {
        out.printf("%d cases read: %d decided, %d rejected, in %s s (%d cases/s)%n", read, read - rejected,
                rejected, seconds().setScale(1, RoundingMode.HALF_UP), perSecond());
        if (counts.isEmpty()) {
            return;
        }
        out.printf("  %-24s %-14s %10s %10s%n", "contract", "kind", "decided", "rejected");
        counts.forEach((contract, kinds) -> kinds.forEach((kind, row) ->
                out.printf("  %-24s %-14s %10d %10d%n", contract, kind, row[0], row[1])));
        out.flush();
    }

    ObjectNode toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode().put("read", read).put("decided", read - rejected)
                .put("rejected", rejected).put("elapsedSeconds", seconds()).put("casesPerSecond", perSecond());
        ArrayNode rows = node.putArray("byContractAndKind");
        counts.forEach((contract, kinds) -> kinds.forEach((kind, row) -> rows.addObject()
                .put("contract", contract).put("kind", kind).put("decided", row[0]).put("rejected", row[1])));
        return node;
    }
}
