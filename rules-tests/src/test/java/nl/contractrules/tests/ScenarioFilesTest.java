package nl.contractrules.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file (this module's {@code src/test/resources/scenarios} and the project's {@code examples/})
 * as JUnit dynamic tests: one test per case with an expectation, so {@code ./mvnw verify} fails when one does.
 * The tests carry no file URI as their source: Surefire neither runs nor counts dynamic tests that have one.
 */
class ScenarioFilesTest {
    private static final ContractRules RULES = ContractRules.bundled();
    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/scenarios"), Path.of("../examples"));

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(RULES);
        List<Path> files = scenarioFiles();
        assertThat(files).as("scenario files").isNotEmpty();
        // No file test-source URIs on the dynamic nodes: maven-surefire 3.5.3 neither counts nor fails dynamic
        // tests whose source is a file, so a failing scenario would let `verify` pass.
        return files.stream().map(file -> {
            Scenario scenario = Scenario.read(file);
            // No test-source URIs: Surefire silently drops dynamic tests whose source is a file, not this class,
            // so with them `verify` ran 0 scenario tests and passed whatever the expectations said.
            List<DynamicTest> cases = runner.run(scenario).stream()
                    .filter(r -> r.scenarioCase().expect() != null)
                    .map(r -> DynamicTest.dynamicTest(r.scenarioCase().label(),
                            () -> assertThat(r.mismatches()).as("%s %s: %s", file, r.scenarioCase().label(),
                                    r.toJson()).isEmpty()))
                    .toList();
            return DynamicContainer.dynamicContainer(file.getFileName().toString(), cases.stream());
        });
    }

    static List<Path> scenarioFiles() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".json") && !BulkContracts.isContractsFile(p)).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
