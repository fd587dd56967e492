package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * The input checks (the {@code validate} phase) gate the decision rules: those fire only on input the checks
 * passed, whatever they would have done on the rest, and only they count as a rule that applied.
 */
class ValidateGateTest {
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T10:00:00+01:00");
    private static final String HEADER = """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;
            """;
    private static final ContractRules RULES = ContractRules.of(RuleSets.of("connectsecure365/gate.drl", HEADER + """
            declare Checked end
            rule "T.CHECK.1 a description is a number" @id("T.CHECK.1") @seed("s") @section("1")
                ruleflow-group "validate"
            when $i : Incident(description != null, !description.matches("[0-9]+"))
            then answer.reject("description", $i.description(), "is not a number");
            end
            rule "T.CHECK.2 checked" @id("T.CHECK.2") @seed("s") @section("2")
                ruleflow-group "validate"
            when Incident(description == "0")
            then insert(new Checked());
            end
            rule "T.DECIDE.1 the number is the priority" @id("T.DECIDE.1") @seed("s") @section("3")
            when $i : Incident(description != null, description != "0")
            then answer.set(IncidentFields.PRIORITY_RANK, Integer.parseInt($i.description()));
            end
            rule "T.DECIDE.2 without a number, a calamity" @id("T.DECIDE.2") @seed("s") @section("4")
            when Incident(description == null)
            then answer.set(IncidentFields.CALAMITY, true);
            end
            rule "T.DECIDE.3 a checked case" @id("T.DECIDE.3") @seed("s") @section("5")
            when Incident(description == "0") Checked() Incident(allUsersAffected)
            then answer.set(IncidentFields.CALAMITY, false);
            end
            """));

    private static Incident described(String description) {
        return Incident.builder(MONDAY).description(description).build();
    }

    @Test
    void onInputTheChecksPassedTheDecisionRulesFire() {
        assertThat(RULES.decide(BASIS, described("7")).get(IncidentFields.PRIORITY_RANK)).isEqualTo(7);
        assertThat(RULES.decide(BASIS, Incident.reportedAt(MONDAY)).get(IncidentFields.CALAMITY)).isTrue();
    }

    @Test
    void aRejectedInputStaysInvalidInputThoughADecisionRuleWouldFailOnIt() {
        List<String> fired = new CopyOnWriteArrayList<>();

        Outcome<Incident> outcome = RULES.withFiringObserver(fired::add).evaluate(BASIS, described("seven"));

        assertThat(outcome).isEqualTo(new Rejection.InvalidInput<>("description", "seven",
                "description: is not a number (was seven)"));
        assertThat(fired).as("no decision rule fired on the rejected input")
                .containsExactly("connectsecure365/T.CHECK.1 a description is a number");
    }

    @Test
    void onlyDecisionRulesCountAsARuleThatApplied() {
        Outcome<Incident> outcome = RULES.evaluate(BASIS, described("0"));

        assertThat(outcome).as("an input check fired, no decision rule did")
                .isEqualTo(new Rejection.NoRuleApplied<>(Regime.CONNECT_SECURE_365,
                        nl.contractrules.model.CaseKind.INCIDENT));
        Decision<Incident> checked = RULES.decide(BASIS, Incident.builder(MONDAY).description("0")
                .allUsersAffected(true).build());
        assertThat(checked.get(IncidentFields.CALAMITY)).isFalse();
        assertThat(checked.rules()).extracting(Object::toString).containsExactly("T.CHECK.2", "T.DECIDE.3");
    }
}
