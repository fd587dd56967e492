package nl.contractrules.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.contractrules.api.RuleFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export-rules DIR}: writes the bundled rule files to DIR, as a starting point for an edit. */
@Command(name = "export-rules", mixinStandardHelpOptions = true, description = "Write the bundled rule files to DIR.")
final class ExportRulesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path directory;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<RuleFile> files = RuleFile.bundled();
        RuleFile.write(files, directory);
        spec.commandLine().getOut().println("wrote " + files.size() + " files to " + directory);
        return 0;
    }
}
