package nl.contractrules.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioFormatException;
import nl.contractrules.json.ScenarioRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Scenario files run as JUnit 5 dynamic tests: a container per file, a test per case with an expectation.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> contract() {
 *     return Scenarios.in(Path.of("src/test/resources/scenarios")).dynamicTests();
 * }
 * }</pre>
 *
 * <p>The cases are decided by the bundled rules unless {@link #using(ContractRules)} gives others. A folder is
 * searched for {@code *.json} files, sub-folders included; finding none is an error, so a wrong path cannot let
 * a build pass. A file that cannot be read fails its own test and the other files still run.
 */
public final class Scenarios {
    private static ContractRules bundled;

    private final List<Path> roots;
    private final ContractRules rules;

    private Scenarios(List<Path> roots, ContractRules rules) {
        this.roots = roots;
        this.rules = rules;
    }

    /** The scenario files in these folders (searched recursively) or files, decided by the bundled rules. */
    public static Scenarios in(Path... roots) {
        if (roots.length == 0) {
            throw new IllegalArgumentException("no folder or file of scenarios given");
        }
        return new Scenarios(List.of(roots), null);
    }

    /** The same files decided by the given rule set, e.g. {@code ContractRules.load(dir)} of edited rules. */
    public Scenarios using(ContractRules rules) {
        return new Scenarios(roots, Objects.requireNonNull(rules, "rules"));
    }

    /** The scenario files, sorted per folder; throws when there is none. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                        .filter(p -> !BulkContracts.isContractsFile(p)).sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read scenario files in " + root, e);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no scenario files (*.json) in " + roots);
        }
        return files;
    }

    /**
     * A container per file named after it, holding a test per case with an expectation, named by the case's id;
     * a test fails listing every expected field the outcome does not meet, and the outcome.
     */
    public Stream<DynamicNode> dynamicTests() {
        ScenarioRunner runner = new ScenarioRunner(rules != null ? rules : bundled());
        // No test-source URIs on the nodes: Surefire neither runs nor counts dynamic tests whose source is a
        // file, so with them a build would pass whatever the expectations say.
        return files().stream().map(file -> fileTests(runner, file));
    }

    private static DynamicNode fileTests(ScenarioRunner runner, Path file) {
        String name = file.getFileName().toString();
        Scenario scenario;
        try {
            scenario = Scenario.read(file);
        } catch (ScenarioFormatException e) {
            return DynamicTest.dynamicTest(name, () -> {
                throw new AssertionFailedError(e.getMessage());
            });
        }
        Stream<DynamicTest> cases = runner.run(scenario).stream()
                .filter(result -> result.scenarioCase().expect() != null)
                .map(result -> DynamicTest.dynamicTest(result.scenarioCase().label(), () -> {
                    if (!result.passed()) {
                        throw new AssertionFailedError(file + " " + result.scenarioCase().label() + ": "
                                + result.mismatches().stream().map(Object::toString)
                                        .collect(Collectors.joining("; "))
                                + "\n  outcome: " + result.toJson());
                    }
                }));
        return DynamicContainer.dynamicContainer(name, cases);
    }

    /** The bundled rules, compiled on first use and shared by every test that needs them. */
    private static synchronized ContractRules bundled() {
        if (bundled == null) {
            bundled = ContractRules.bundled();
        }
        return bundled;
    }
}
