package nl.contractrules.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.RuleFile;
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
 * The whole suite runs twice: on the bundled rules as the build compiled them ({@link ContractRules#bundled()},
 * the executable model) and on the same files compiled now from DRL (as {@code --rules DIR} does), so both
 * paths give the same decisions.
 * The tests carry no file URI as their source: Surefire neither runs nor counts dynamic tests that have one.
 */
class ScenarioFilesTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/scenarios"), Path.of("../examples"));
    private static final ContractRules BUNDLED = ContractRules.bundled();
    private static final ContractRules FROM_DRL = ContractRules.of(RuleFile.bundled());

    @TestFactory
    Stream<DynamicNode> scenarios() throws IOException {
        return Stream.of(
                DynamicContainer.dynamicContainer("bundled, compiled by the build", suite(BUNDLED)),
                DynamicContainer.dynamicContainer("bundled files, compiled from DRL", suite(FROM_DRL)));
    }

    /** Every case of every file, with or without an expectation: the same outcome on both compile paths. */
    @TestFactory
    Stream<DynamicNode> bothCompilePathsDecideAlike() throws IOException {
        ScenarioRunner bundled = new ScenarioRunner(BUNDLED);
        ScenarioRunner fromDrl = new ScenarioRunner(FROM_DRL);
        return scenarioFiles().stream().map(file -> {
            Scenario scenario = Scenario.read(file);
            List<ScenarioRunner.Result> left = bundled.run(scenario);
            List<ScenarioRunner.Result> right = fromDrl.run(scenario);
            return DynamicTest.dynamicTest(file.toString(), () -> {
                assertThat(left).hasSameSizeAs(right).isNotEmpty();
                for (int i = 0; i < left.size(); i++) {
                    assertThat(left.get(i).toJson()).as("%s %s", file, left.get(i).scenarioCase().id())
                            .isEqualTo(right.get(i).toJson());
                }
            });
        });
    }

    private static Stream<DynamicNode> suite(ContractRules rules) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(rules);
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
                    .map(r -> DynamicTest.dynamicTest(r.scenarioCase().id(),
                            () -> assertThat(r.mismatches()).as("%s %s: %s", file, r.scenarioCase().id(),
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
