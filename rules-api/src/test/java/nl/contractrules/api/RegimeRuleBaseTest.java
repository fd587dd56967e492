package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.Flag;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;

/** Each regime's cases meet only the rules of its own folders, and input checks fire before the decision. */
class RegimeRuleBaseTest {
    private static final String HEADER = "import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;\nglobal Answer answer;\n";
    private static final ContractRules RULES = ContractRules.of(RuleSets.of(
            "websitenazorg/a.drl", "package websitenazorg;\n" + HEADER + """
                    rule "WN.X.1 decide" @id("WN.X.1") @seed("s") @section("1")
                    when Incident() then answer.set(IncidentFields.CALAMITY, true); answer.flag("WN"); end
                    """,
            "connectsecure365/a.drl", "package connectsecure365;\n" + HEADER + """
                    declare Checked end
                    rule "CS365.X.1 check first" @id("CS365.X.1") @seed("s") @section("1") ruleflow-group "validate"
                    when Incident() then insert(new Checked()); end
                    rule "CS365.X.2 decide after the check" @id("CS365.X.2") @seed("s") @section("1")
                    when Incident() Checked() then answer.set(IncidentFields.CALAMITY, false); end
                    rule "CS365.X.3 only without a check" @id("CS365.X.3") @seed("s") @section("1") salience 100
                    when Incident() not Checked() then answer.flag("UNCHECKED"); end
                    """, RuleFile.FLAGS, RuleSets.flags("WN", "UNCHECKED")));

    private static Contract contract(Regime regime, Tier tier) {
        return new Contract("C", regime, tier, LocalDate.parse("2025-01-01"), 36, new BigDecimal("10.00"), Set.of());
    }

    @Test
    void aRegimeSeesOnlyItsOwnRules() {
        Incident incident = Incident.reportedAt(ZonedDateTime.parse("2026-11-23T10:00:00+01:00"));
        var wn = RULES.decide(contract(Regime.WEBSITENAZORG_O365, null), incident);
        assertThat(wn.rules()).extracting(RuleId::toString).containsExactly("WN.X.1");
        var cs = RULES.decide(contract(Regime.CONNECT_SECURE_365, Tier.BASIS), incident);
        assertThat(cs.rules()).extracting(RuleId::toString).containsExactly("CS365.X.1", "CS365.X.2");
        assertThat(cs.flags()).extracting(Flag::name).doesNotContain("UNCHECKED", "WN");
    }

    @Test
    void theValidatePhaseFiresFirst() {
        var cs = RULES.decide(contract(Regime.CONNECT_SECURE_365, Tier.BASIS),
                Incident.reportedAt(ZonedDateTime.parse("2026-11-23T10:00:00+01:00")));
        assertThat(cs.get(IncidentFields.CALAMITY)).isFalse();
    }
}
