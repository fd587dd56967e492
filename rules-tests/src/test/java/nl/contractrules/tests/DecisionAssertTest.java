package nl.contractrules.tests;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.AvailabilityFields;
import nl.contractrules.model.AvailabilityPeriod;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Citation;
import nl.contractrules.model.Field;
import nl.contractrules.model.Flag;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.ServiceWindow;
import org.junit.jupiter.api.Test;

/** The assertions on decisions and outcomes pass on what a decision holds and fail saying what differs. */
class DecisionAssertTest {
    private static final ZonedDateTime HANDLED_FROM = ZonedDateTime.parse("2026-11-23T08:30+01:00[Europe/Amsterdam]");

    /** The flags of the rule set that decided. */
    private static final Set<Flag> DECLARED = Set.of(Flag.of("OUTSIDE_BUSINESS_HOURS"), Flag.of("CALAMITY"));
    /** An incident decision as the facade would give it: handledFrom and serviceWindow decided by two rules. */
    private static final Decision<Incident> INCIDENT = decision(CaseKind.INCIDENT,
            Map.of("handledFrom", HANDLED_FROM, "serviceWindow", ServiceWindow.TWENTY_FOUR_SEVEN,
                    "repairElapsedMinutes", 210),
            List.of("CS365.BC.1", "CS365.PR.1"), List.of("OUTSIDE_BUSINESS_HOURS"));

    private static <K extends CaseInput> Decision<K> decision(CaseKind kind, Map<String, Object> fields,
            List<String> rules, List<String> flags) {
        Map<Field<?, ?>, Object> all = new LinkedHashMap<>();
        kind.fields().forEach(f -> all.put(f, fields.get(f.name())));
        List<Citation> citations = rules.stream().map(id -> new Citation(RuleId.of(id), "seed.txt", "§1")).toList();
        return new Decision<>(kind, all, rules.stream().map(RuleId::of).toList(), citations,
                flags.stream().map(Flag::of).toList(), DECLARED);
    }

    @Test
    void aDecisionPassesWhatItHolds() {
        assertThatCode(() -> DecisionAssert.assertThat(INCIDENT)
                .isOfKind(CaseKind.INCIDENT)
                .has(IncidentFields.HANDLED_FROM, HANDLED_FROM)
                .has(IncidentFields.SERVICE_WINDOW, ServiceWindow.TWENTY_FOUR_SEVEN)
                .hasNo(IncidentFields.REPAIR_DEADLINE)
                .has(IncidentFields.REPAIR_ELAPSED_MINUTES, 210)
                .firedRule("CS365.BC.1")
                .firedExactly("CS365.BC.1", "CS365.PR.1")
                .hasFlag("OUTSIDE_BUSINESS_HOURS"))
                .doesNotThrowAnyException();
    }

    @Test
    void timesCompareAsInstantsAndDecimalsByValue() {
        Decision<AvailabilityPeriod> availability = decision(CaseKind.AVAILABILITY, Map.of("availabilityPercent", new BigDecimal("99.50")),
                List.of(), List.of());

        assertThatCode(() -> DecisionAssert.assertThat(INCIDENT)
                .has(IncidentFields.HANDLED_FROM, ZonedDateTime.parse("2026-11-23T07:30Z")))
                .doesNotThrowAnyException();
        assertThatCode(() -> DecisionAssert.assertThat(availability)
                .has(AvailabilityFields.AVAILABILITY_PERCENT, new BigDecimal("99.5"))
                .hasNoFlags())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT)
                .has(IncidentFields.HANDLED_FROM, ZonedDateTime.parse("2026-11-23T08:30Z")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aDifferentValueFailsNamingTheFieldBothValuesAndTheDecision() {
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT)
                .has(IncidentFields.HANDLED_FROM, ZonedDateTime.parse("2026-11-24T08:30+01:00")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting decision field handledFrom to be:")
                .hasMessageContaining("2026-11-24T08:30+01:00")
                .hasMessageContaining("but was:\n  2026-11-23T08:30+01:00[Europe/Amsterdam]")
                .hasMessageContaining("CS365.BC.1");
    }

    @Test
    void aFieldNoRuleDecidedFailsSayingSo() {
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).has(IncidentFields.PRIORITY_RANK, 1))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting decision field priorityRank to be:\n  1\nbut was:\n  not decided");
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).hasNo(IncidentFields.SERVICE_WINDOW))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting decision field serviceWindow not to be decided but it is:\n  24X7");
    }

    @Test
    void aRuleThatDidNotFireFailsListingTheRulesThatDid() {
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).firedRule("CS365.BC.2"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting rule CS365.BC.2 to have fired but the rules were:\n"
                        + "  [CS365.BC.1, CS365.PR.1]");
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).firedExactly("CS365.BC.1"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the rules:\n  [CS365.BC.1]\nbut were:\n  [CS365.BC.1, CS365.PR.1]");
    }

    @Test
    void aMissingFlagOrKindFailsSayingWhatThereIs() {
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).hasFlag("CALAMITY"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting flag CALAMITY but the flags were:\n  [OUTSIDE_BUSINESS_HOURS]");
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).hasNoFlags())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no flags but they were:\n  [OUTSIDE_BUSINESS_HOURS]");
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).hasNoFlag("OUTSIDE_BUSINESS_HOURS"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting no flag OUTSIDE_BUSINESS_HOURS but the flags were:");
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).isOfKind(CaseKind.WORK))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a decision of kind work but it is of kind incident");
    }

    @Test
    void aFlagTheRuleSetDoesNotDeclareFailsAsAMistakeInTheTestWhateverTheAssertion() {
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).hasFlag("OUTSIDE_SERVICE_WINDOW"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting flag OUTSIDE_SERVICE_WINDOW, which the rule set does not declare: "
                        + "no rule raises it")
                .hasMessageContaining("[CALAMITY, OUTSIDE_BUSINESS_HOURS]");
        assertThatThrownBy(() -> DecisionAssert.assertThat(INCIDENT).hasNoFlag("OUTSIDE_SERVICE_WINDOW"))
                .as("a flag no rule raises is no more absent than present")
                .isInstanceOf(AssertionError.class).hasMessageContaining("does not declare");
    }

    @Test
    void anOutcomeIsDecidedOrRejectedForAField() {
        Rejection<Incident> rejection = new Rejection.InvalidInput<>("reportedAt", null,
                "reportedAt: required, an ISO-8601 time");

        assertThatCode(() -> OutcomeAssert.assertThat(INCIDENT).isDecided().firedRule("CS365.PR.1"))
                .doesNotThrowAnyException();
        assertThatCode(() -> OutcomeAssert.assertThat(rejection).isRejected().isRejectedFor("reportedAt"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> OutcomeAssert.assertThat(rejection).isDecided())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a decision but the case was rejected (field reportedAt):\n"
                        + "  reportedAt: required, an ISO-8601 time");
        assertThatThrownBy(() -> OutcomeAssert.assertThat(INCIDENT).isRejected())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a rejection but the case was decided:");
        assertThatThrownBy(() -> OutcomeAssert.assertThat(rejection).isRejectedFor("contract"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting a rejection for field contract but it was for field reportedAt:");
    }
}
