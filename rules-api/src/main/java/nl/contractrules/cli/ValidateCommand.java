package nl.contractrules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.RuleLoadException;
import nl.contractrules.api.RuleProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate DIR}: compiles the rule files in DIR and prints each problem as {@code file:line: message}. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Compile a rule directory and list its problems.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path directory;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            ContractRules rules = ContractRules.load(directory);
            out.println(directory + ": " + rules.ruleCount() + " rules, no problems");
            return 0;
        } catch (RuleLoadException e) {
            for (RuleProblem problem : e.problems()) {
                out.println(Path.of(directory.toString(), problem.file()) + ":" + problem.line() + ": "
                        + problem.message());
            }
            return 1;
        }
    }
}
