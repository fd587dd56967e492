package nl.contractrules.cli;

import java.nio.file.Path;
import nl.contractrules.api.ContractRules;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, on every command: use the rule files in DIR instead of the bundled ones. */
final class RulesOption {
    @Option(names = "--rules", paramLabel = "DIR", description = "Use the rule files in DIR instead of the bundled ones.")
    Path directory;

    ContractRules load() {
        return directory == null ? ContractRules.bundled() : ContractRules.load(directory);
    }
}
