package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import nl.contractrules.model.Regime;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.junit.jupiter.api.Test;

/** The build compiled the bundled rules: the module is on the class path and holds, per regime, the same rules as the DRL. */
class ExecutableModelTest {
    @Test
    void theBuildCompiledTheBundledRulesWithEveryRuleOfTheFiles() {
        CompiledRules loaded = ExecutableModel.bundled().orElseThrow(() -> new AssertionError(
                "no " + ExecutableModel.RESOURCE + " on the class path: the build did not compile the bundled rules"));
        CompiledRules fromDrl = CompiledRules.compile(RuleFile.bundled());

        assertThat(loaded.ruleCount).isEqualTo(fromDrl.ruleCount).isPositive();
        for (Regime regime : Regime.values()) {
            assertThat(rules(loaded.kieBase(regime))).as(regime.name()).isEqualTo(rules(fromDrl.kieBase(regime)));
            assertThat(loaded.hasAgendaGroup(regime, ContractRules.VALIDATE_PHASE)).as(regime.name())
                    .isEqualTo(fromDrl.hasAgendaGroup(regime, ContractRules.VALIDATE_PHASE));
        }
    }

    /** Each rule with its metadata, the citations decisions show. */
    private static Set<String> rules(KieBase kieBase) {
        Set<String> rules = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.add(pkg.getName() + " | " + rule.getName() + " | " + new TreeSet<>(rule.getMetaData().entrySet().stream()
                        .map(Object::toString).toList()));
            }
        }
        return rules;
    }
}
