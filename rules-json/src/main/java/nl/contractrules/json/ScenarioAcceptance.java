package nl.contractrules.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.ReloadOptions;
import nl.contractrules.model.RuleProblem;

/**
 * The acceptance check a rule directory brings with it: the scenario files in its {@code scenarios} folder (beside
 * the regime folders), whose every expectation new rules must meet before a reload puts them in use. A rule
 * directory without that folder has no check.
 *
 * <pre>{@code
 * rules.reload(dir, ReloadOptions.defaults().acceptance(ScenarioAcceptance.of(dir)));
 * }</pre>
 */
public final class ScenarioAcceptance implements Function<ContractRules, List<RuleProblem>> {
    /** The folder of a rule directory that holds its scenario files. */
    public static final String FOLDER = "scenarios";

    private final Path rulesDirectory;

    private ScenarioAcceptance(Path rulesDirectory) {
        this.rulesDirectory = rulesDirectory;
    }

    /** The check of the scenario files in {@code rulesDirectory/scenarios}. */
    public static ScenarioAcceptance of(Path rulesDirectory) {
        return new ScenarioAcceptance(rulesDirectory);
    }

    /** The default reload options with this check. */
    public ReloadOptions options() {
        return ReloadOptions.defaults().acceptance(this);
    }

    /** Whether the rule directory has scenario files to check. */
    public boolean present() {
        return Files.isDirectory(rulesDirectory.resolve(FOLDER));
    }

    /**
     * Every expectation the rules do not meet, as a problem at its scenario file (relative to the rule directory)
     * naming the case; a scenario file that cannot be read is a problem too. None when there is no folder.
     */
    @Override
    public List<RuleProblem> apply(ContractRules rules) {
        if (!present()) {
            return List.of();
        }
        ScenarioRunner runner = new ScenarioRunner(rules);
        List<RuleProblem> problems = new ArrayList<>();
        for (Path file : files()) {
            String name = rulesDirectory.relativize(file).toString().replace('\\', '/');
            try {
                for (ScenarioRunner.Result result : runner.run(Scenario.read(file))) {
                    if (!result.passed()) {
                        problems.add(new RuleProblem(name, 0, "case " + result.scenarioCase().label() + ": "
                                + result.mismatches().stream().map(Object::toString)
                                .collect(Collectors.joining("; "))));
                    }
                }
            } catch (ScenarioFormatException e) {
                String message = e.getMessage();
                String prefix = file + ": ";
                problems.add(new RuleProblem(name, 0,
                        message.startsWith(prefix) ? message.substring(prefix.length()) : message));
            }
        }
        return problems;
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(rulesDirectory.resolve(FOLDER))) {
            return walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                    .filter(p -> !BulkContracts.isContractsFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + rulesDirectory.resolve(FOLDER), e);
        }
    }
}
