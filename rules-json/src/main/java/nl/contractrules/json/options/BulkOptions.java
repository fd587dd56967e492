package nl.contractrules.json.options;

import java.util.Optional;
import nl.contractrules.json.JsonLines;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that decides a JSON Lines file of cases under many contracts, as a picocli mixin
 * with one set of names, help texts and defaults: the contracts, the rule set and its time limit
 * ({@link RuleSetOptions}) and the longest line. The command line's {@code report} has these; {@link DecideOptions}
 * adds those of {@code decide} and the Spark job.
 */
public class BulkOptions {
    @Option(names = "--contracts", required = true, paramLabel = "CONTRACTS.json",
            description = "A JSON array of contracts, each as a scenario file's contract, with a unique id.")
    String contracts;
    @Mixin
    RuleSetOptions ruleSet = new RuleSetOptions();
    @Option(names = "--max-line", paramLabel = "BYTES", defaultValue = "" + JsonLines.DEFAULT_MAX_LINE,
            description = "Longest line decided, in bytes (default ${DEFAULT-VALUE}); a longer one is an error line.")
    int maxLine = JsonLines.DEFAULT_MAX_LINE;

    /** The contracts file, as given. */
    public String contracts() {
        return contracts;
    }

    /** The rule set and its time limit. */
    public RuleSetOptions ruleSet() {
        return ruleSet;
    }

    public int maxLine() {
        return maxLine;
    }

    /** Why the options cannot be used, in a sentence; empty when they can. */
    public Optional<String> problem() {
        if (maxLine < 1) {
            return Optional.of("--max-line must be at least 1, was " + maxLine);
        }
        return ruleSet.directoryProblem();
    }
}
