package nl.contractrules.cli;

import java.io.PrintWriter;
import java.util.Optional;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.json.options.RuleSetOptions;
import nl.contractrules.model.RuleLoadException;
import picocli.CommandLine.Mixin;

/**
 * {@code --rules DIR} and {@code --timeout TIME} on the commands that run scenario files ({@link RuleSetOptions},
 * the same options {@code decide} and the Spark job have), and the loading of the rules they name.
 */
final class RulesOption {
    @Mixin
    RuleSetOptions ruleSet = new RuleSetOptions();

    /** The rules to use, or empty after printing every problem of a rule directory that does not compile. */
    Optional<ContractRules> load(PrintWriter err) {
        return load(ruleSet, err);
    }

    /** The rules the options name, or empty after printing why they cannot be used. */
    static Optional<ContractRules> load(RuleSetOptions ruleSet, PrintWriter err) {
        Optional<String> problem = ruleSet.directoryProblem();
        if (problem.isPresent()) {
            err.println(Printable.of(problem.get()));
            return Optional.empty();
        }
        try {
            return Optional.of(ruleSet.rules());
        } catch (RuleLoadException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }

    /** A scenario runner on the rules to use, or empty after printing why the rules cannot be used. */
    Optional<ScenarioRunner> runner(PrintWriter err) {
        return load(err).map(ScenarioRunner::new);
    }
}
