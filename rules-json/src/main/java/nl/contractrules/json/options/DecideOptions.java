package nl.contractrules.json.options;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.JsonLines;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of deciding a file of cases under many contracts, as a picocli mixin with one set of defaults, shared
 * by the command line's {@code decide} and the Spark job: the contracts, the rule set and its time limit
 * ({@link RuleSetOptions}), citations, the longest line and "now".
 */
public final class DecideOptions {
    @Option(names = "--contracts", required = true, paramLabel = "CONTRACTS.json",
            description = "A JSON array of contracts, each as a scenario file's contract, with a unique id.")
    String contracts;
    @Mixin
    RuleSetOptions ruleSet = new RuleSetOptions();
    @Option(names = "--citations", description = "Add each decision's citations.")
    boolean citations;
    @Option(names = "--max-line", paramLabel = "BYTES", defaultValue = "" + JsonLines.DEFAULT_MAX_LINE,
            description = "Longest line decided, in bytes (default ${DEFAULT-VALUE}); a longer one is an error line.")
    int maxLine = JsonLines.DEFAULT_MAX_LINE;
    @Option(names = "--as-of", paramLabel = "INSTANT",
            description = "\"Now\" for rules that read the clock, e.g. 2026-12-01T00:00:00Z (default: when the run "
                    + "starts, the same for every case).")
    Instant asOf;

    /** The contracts file, as given. */
    public String contracts() {
        return contracts;
    }

    /** The rule set and its time limit. */
    public RuleSetOptions ruleSet() {
        return ruleSet;
    }

    public boolean citations() {
        return citations;
    }

    public int maxLine() {
        return maxLine;
    }

    /** "Now" for every case of the run: {@code --as-of}, or {@code start}, when the run starts. */
    public Instant asOf(Instant start) {
        return asOf == null ? start : asOf;
    }

    /** The rules deciding "now" as {@link #asOf(Instant)} says. */
    public ContractRules clocked(ContractRules rules, Instant start) {
        return rules.withClock(Clock.fixed(asOf(start), ZoneOffset.UTC));
    }

    /** Why the options cannot be used, in a sentence; empty when they can. */
    public Optional<String> problem() {
        if (maxLine < 1) {
            return Optional.of("--max-line must be at least 1, was " + maxLine);
        }
        return ruleSet.directoryProblem();
    }
}
