package nl.contractrules.engine.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import nl.contractrules.engine.runtime.Sessions;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** The build compiled the bundled rules: the model is on the class path and holds, per regime, the rules of the DRL. */
class BundledRulesTest {
    @Test
    void theBuildCompiledTheBundledRulesWithEveryRuleOfTheFiles() {
        RuleBases loaded = BundledRules.load().orElseThrow(() -> new AssertionError(
                "no " + BundledRules.RESOURCE + " on the class path: the build did not compile the bundled rules"));
        RuleBases fromDrl = RuleBases.compileFromDrl(RuleFile.bundled()).rules();

        assertThat(loaded.ruleCount()).isEqualTo(fromDrl.ruleCount()).isPositive();
        assertThat(loaded.flags()).isEqualTo(fromDrl.flags()).isNotEmpty();
        assertThat(loaded.calendars().calendarIds()).isEqualTo(fromDrl.calendars().calendarIds());
        Sessions loadedSessions = new Sessions(loaded);
        Sessions drlSessions = new Sessions(fromDrl);
        for (Regime regime : Regime.values()) {
            assertThat(rules(loaded.kieBase(regime))).as(regime.name()).isEqualTo(rules(fromDrl.kieBase(regime)));
            assertThat(loadedSessions.validates(regime)).as(regime.name()).isEqualTo(drlSessions.validates(regime));
        }
    }

    /** Each rule with its metadata, the citations decisions show. */
    private static Set<String> rules(KieBase kieBase) {
        Set<String> rules = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                rules.add(pkg.getName() + " | " + rule.getName() + " | " + new TreeSet<>(rule.getMetaData().entrySet()
                        .stream().map(Object::toString).toList()));
            }
        }
        return rules;
    }
}
