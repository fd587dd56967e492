package nl.contractrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.api.Validation;
import nl.contractrules.json.ScenarioAcceptance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate DIR}: compiles the rule files in DIR and prints each problem as {@code file:line: message}
 * (the file's path includes DIR); when DIR has a {@code scenarios} folder, also each expectation of its scenario
 * files that the rules miss (the check a reload of DIR can be given); exit 0 when there is none, 1 otherwise, 2
 * when DIR is not a directory.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Compile a rule directory and list its problems.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path directory;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(directory)) {
            spec.commandLine().getErr().println(Printable.of("validate needs a directory of rule files (as written "
                    + "by export-rules); " + directory + (Files.exists(directory) ? " is not a directory"
                    : " does not exist")));
            return Main.UNREADABLE;
        }
        ScenarioAcceptance acceptance = ScenarioAcceptance.of(directory);
        Validation validation = acceptance.present() ? withScenarios(acceptance) : ContractRules.validate(directory);
        print(out, directory, validation.problems());
        if (validation.ok()) {
            out.println(directory + ": " + validation.ruleCount() + " rules, no problems"
                    + (acceptance.present() ? ", every expectation in " + ScenarioAcceptance.FOLDER + "/ met" : ""));
        }
        return validation.ok() ? 0 : 1;
    }

    /** Each problem as {@code file:line: message}, the file's path including the rule directory. */
    static void print(PrintWriter out, Path directory, List<RuleProblem> problems) {
        for (RuleProblem problem : problems) {
            out.println(Printable.of(Path.of(directory.toString(), problem.file()) + ":" + problem.line() + ": "
                    + problem.message()));
        }
    }

    /** The rules' problems, or when they compile, the expectations of the directory's scenario files they miss. */
    private Validation withScenarios(ScenarioAcceptance acceptance) {
        try {
            ContractRules rules = ContractRules.load(directory);
            return new Validation(acceptance.apply(rules), rules.ruleCount());
        } catch (RuleLoadException e) {
            return new Validation(e.problems(), 0);
        }
    }
}
