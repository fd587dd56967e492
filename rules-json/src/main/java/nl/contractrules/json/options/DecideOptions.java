package nl.contractrules.json.options;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.contractrules.api.ContractRules;
import picocli.CommandLine.Option;

/**
 * The options of deciding a file of cases under many contracts, as a picocli mixin with one set of defaults, shared
 * by the command line's {@code decide} and the Spark job: those of every bulk command ({@link BulkOptions}: the
 * contracts, the rule set and its time limit, the longest line), citations and "now".
 */
public final class DecideOptions extends BulkOptions {
    @Option(names = "--citations", description = "Add each decision's citations.")
    boolean citations;
    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "\"Now\" for rules that read the clock, e.g. 2026-12-01T00:00:00Z (default: when the run "
                    + "starts, the same for every case).")
    Instant asOf;

    public boolean citations() {
        return citations;
    }

    /** "Now" for every case of the run: {@code --as-of}, or {@code start}, when the run starts. */
    public Instant asOf(Instant start) {
        return asOf == null ? start : asOf;
    }

    /** The rules deciding "now" as {@link #asOf(Instant)} says. */
    public ContractRules clocked(ContractRules rules, Instant start) {
        return rules.withClock(Clock.fixed(asOf(start), ZoneOffset.UTC));
    }
}
