package nl.contractrules.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.contractrules.json.Expectations;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.json.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code check FILE_OR_DIR…}: runs every expectation; one line per failing case, then {@code N passed, N failed}.
 * Exit 0 when all pass, 1 when any fails, 2 when a file cannot be read or parsed or a directory holds no scenario
 * file (the other files are still checked).
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check scenario files' expectations.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    RulesOption rulesOption;
    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
    List<Path> paths;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<ScenarioRunner> loaded = rulesOption.runner(err);
        if (loaded.isEmpty()) {
            return Main.UNREADABLE;
        }
        ScenarioRunner runner = loaded.get();
        int passed = 0;
        int failed = 0;
        ScenarioFiles scenarioFiles = ScenarioFiles.expand(paths, err);
        boolean unreadable = !scenarioFiles.complete();
        for (Path file : scenarioFiles.files()) {
            try {
                for (ScenarioRunner.Result result : runner.run(Scenario.read(file))) {
                    if (result.scenarioCase().expect() == null) {
                        continue;
                    }
                    if (result.passed()) {
                        passed++;
                    } else {
                        failed++;
                        for (Expectations.Mismatch m : result.mismatches()) {
                            out.println(Printable.of("FAIL " + file + " " + result.scenarioCase().label() + ": " + m));
                        }
                    }
                }
            } catch (ScenarioFormatException e) {
                err.println(Printable.of(e.getMessage()));
                unreadable = true;
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return unreadable ? Main.UNREADABLE : failed > 0 ? 1 : 0;
    }
}
