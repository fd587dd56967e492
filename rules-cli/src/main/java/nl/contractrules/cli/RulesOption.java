package nl.contractrules.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.RuleLoadException;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, on every command: use the rule files in DIR instead of the bundled ones. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Use the rule files in DIR instead of the bundled ones.")
    Path directory;

    /** The rules to use, or empty after printing every problem of a rule directory that does not compile. */
    Optional<ContractRules> load(PrintWriter err) {
        if (directory != null && !Files.isDirectory(directory)) {
            err.println(Printable.of("--rules needs a directory of rule files (as written by export-rules); "
                    + directory + (Files.exists(directory) ? " is not a directory" : " does not exist")));
            return Optional.empty();
        }
        try {
            return Optional.of(directory == null ? ContractRules.bundled() : ContractRules.load(directory));
        } catch (RuleLoadException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }
}
