package nl.contractrules.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import org.junit.jupiter.api.Test;

/** Every bundled rule fires in at least one case of the scenario files ({@link ScenarioFilesTest#ALL}). */
class RuleCoverageTest {
    @Test
    void everyBundledRuleFiresInSomeScenario() throws IOException {
        Set<String> fired = ConcurrentHashMap.newKeySet();
        ContractRules rules = ContractRules.bundled().withFiringObserver(fired::add);
        ScenarioRunner runner = new ScenarioRunner(rules);
        for (Path file : ScenarioFilesTest.ALL.files()) {
            runner.run(Scenario.read(file));
        }

        Set<String> never = new TreeSet<>(rules.ruleNames());
        never.removeAll(fired);

        assertThat(fired).as("rules that fired").isNotEmpty();
        assertThat(rules.ruleNames()).as("every rule that fired is a rule of the set").containsAll(fired);
        assertThat(never).as("rules that fire in no scenario case (add a case for each, from the rulebook)")
                .isEmpty();
    }
}
