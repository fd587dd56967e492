package nl.contractrules.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;
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
 * the executable model) and on the same files compiled now from DRL, every regime ({@link ContractRules#fromDrl}, as
 * {@code --rules DIR} compiles the regimes an analyst changed), so both paths give the same decisions.
 */
class ScenarioFilesTest {
    /** The project's scenario files. */
    static final Scenarios ALL = Scenarios.in(Path.of("src/test/resources/scenarios"), Path.of("../examples"));
    /** The bundled rules as the build compiled them (the executable model), shared by this module's tests. */
    static final ContractRules BUNDLED = ContractRules.bundled();
    /** The bundled rule files compiled now from DRL, as {@code --rules DIR} compiles them, shared likewise. */
    static final ContractRules FROM_DRL = ContractRules.fromDrl(RuleFile.bundled());

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return Stream.of(
                DynamicContainer.dynamicContainer("bundled, compiled by the build", ALL.using(BUNDLED).dynamicTests()),
                DynamicContainer.dynamicContainer("bundled files, compiled from DRL",
                        ALL.using(FROM_DRL).dynamicTests()));
    }

    /** Every case of every file, with or without an expectation: the same outcome on both compile paths. */
    @TestFactory
    Stream<DynamicNode> bothCompilePathsDecideAlike() {
        ScenarioRunner bundled = new ScenarioRunner(BUNDLED);
        ScenarioRunner fromDrl = new ScenarioRunner(FROM_DRL);
        return ALL.files().stream().map(file -> {
            Scenario scenario = Scenario.read(file);
            List<ScenarioRunner.Result> left = bundled.run(scenario);
            List<ScenarioRunner.Result> right = fromDrl.run(scenario);
            return DynamicTest.dynamicTest(file.toString(), () -> {
                assertThat(left).hasSameSizeAs(right).isNotEmpty();
                for (int i = 0; i < left.size(); i++) {
                    assertThat(left.get(i).toJson()).as("%s %s", file, left.get(i).scenarioCase().label())
                            .isEqualTo(right.get(i).toJson());
                }
            });
        });
    }
}
