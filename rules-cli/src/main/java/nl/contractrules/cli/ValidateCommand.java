package nl.contractrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.RuleProblem;
import nl.contractrules.api.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code validate DIR}: compiles the rule files in DIR and prints each problem as {@code file:line: message}
 * (the file's path includes DIR); exit 0 when there is none, 1 otherwise, 2 when DIR is not a directory.
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
        Validation validation = ContractRules.validate(directory);
        for (RuleProblem problem : validation.problems()) {
            out.println(Path.of(directory.toString(), problem.file()) + ":" + problem.line() + ": "
                    + problem.message());
        }
        if (validation.ok()) {
            out.println(directory + ": " + validation.ruleCount() + " rules, no problems");
        }
        return validation.ok() ? 0 : 1;
    }
}
