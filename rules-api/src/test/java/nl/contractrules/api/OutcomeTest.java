package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleEvaluationException;
import java.time.ZonedDateTime;
import java.util.Map;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.ChangeRequest;
import nl.contractrules.model.ChangeType;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.ServiceWindow;
import nl.contractrules.model.Tier;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkFields;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.Test;

/** Every case ends in a typed decision or in one of the rejections, each telling whether input or rules are at fault. */
class OutcomeTest {
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T10:00:00+01:00");
    private static final String HEADER = "package connectsecure365;\nimport nl.contractrules.model.*; import nl.contractrules.rulesupport.*;\nglobal Answer answer;\n";
    private static final ContractRules RULES = ContractRules.of(RuleSets.of("connectsecure365/t.drl", HEADER + """
            declare Decided end
            rule "T.1 office hours" @id("T.1") @seed("s") @section("1")
            when $i : Incident(description != "twice", description != "throws", description != "reject")
            then answer.set(IncidentFields.SERVICE_WINDOW, ServiceWindow.OFFICE_HOURS);
                 answer.set(IncidentFields.HANDLED_FROM, $i.reportedAt());
            end
            rule "T.2 decides once" @id("T.2") @seed("s") @section("2")
            when Incident(description == "twice")
            then answer.set(IncidentFields.CALAMITY, true); insert(new Decided());
            end
            rule "T.3 decides again" @id("T.3") @seed("s") @section("3")
            when Decided()
            then answer.set(IncidentFields.CALAMITY, false);
            end
            rule "T.4 fails on a value" @id("T.4") @seed("s") @section("4")
            when Incident(description == "throws")
            then answer.set(IncidentFields.PRIORITY_RANK, Integer.parseInt("one"));
            end
            rule "T.5 rejects" @id("T.5") @seed("s") @section("5")
            when $i : Incident(description == "reject")
            then answer.reject("description", $i.description(), "is not a description");
            end
            rule "T.6 a change, if it were asked" @id("T.6") @seed("s") @section("6")
            when ChangeRequest()
            then answer.flag("CHANGE_SEEN");
            end
            """, RuleFile.FLAGS, RuleSets.flags("CHANGE_SEEN")));

    private static Incident described(String description) {
        return Incident.builder(MONDAY).description(description).build();
    }

    @Test
    void aDecisionIsReadThroughTypedFieldsAndAsAMapByName() {
        var d = RULES.decide(BASIS, Incident.reportedAt(MONDAY));

        ServiceWindow window = d.get(IncidentFields.SERVICE_WINDOW);
        ZonedDateTime from = d.get(IncidentFields.HANDLED_FROM);
        assertThat(window).isEqualTo(ServiceWindow.OFFICE_HOURS);
        assertThat(from).isEqualTo(MONDAY);
        assertThat(d.get(IncidentFields.CALAMITY)).isNull();
        Map<String, Object> named = d.asMap();
        assertThat(named.keySet()).containsExactlyElementsOf(
                CaseKind.INCIDENT.fields().stream().map(f -> f.name()).toList());
        assertThat(named).containsEntry("serviceWindow", ServiceWindow.OFFICE_HOURS).containsEntry("calamity", null);
        @SuppressWarnings({"rawtypes", "unchecked"})
        Decision<WorkItem> misread = (Decision) d;
        assertThatThrownBy(() -> misread.get(WorkFields.COVERED)).as("a raw type's way around the compiler")
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("covered");
        assertThatThrownBy(() -> d.as(WorkItem.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Incident");
        assertThat(d.as(Incident.class)).isSameAs(d);
    }

    @Test
    void aKindTheRegimeDoesNotDecideIsRejectedBeforeAnyRuleRuns() {
        ChangeRequest change = new ChangeRequest(MONDAY, ChangeType.HELP);

        Outcome outcome = RULES.evaluate(BASIS, change);

        assertThat(outcome).isEqualTo(new Rejection.UnsupportedKind(Regime.CONNECT_SECURE_365, CaseKind.CHANGE));
        Rejection rejection = (Rejection) outcome;
        assertThat(rejection.inputError()).isTrue();
        assertThat(rejection.field()).isEqualTo("kind");
        assertThat(rejection.message()).contains("CONNECT_SECURE_365", "change");
        assertThatThrownBy(() -> RULES.decide(BASIS, change)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("kind"));
    }

    @Test
    void aSupportedKindOnWhichNoRuleFiresIsAGapInTheRules() {
        WorkItem work = new WorkItem(WorkCategory.GENERAL, 10, null, null, false);

        Outcome outcome = RULES.evaluate(BASIS, work);

        assertThat(outcome).isEqualTo(new Rejection.NoRuleApplied(Regime.CONNECT_SECURE_365, CaseKind.WORK));
        assertThat(((Rejection) outcome).inputError()).isFalse();
        assertThat(((Rejection) outcome).field()).isEqualTo("rules");
        assertThatThrownBy(() -> RULES.decide(BASIS, work)).isInstanceOf(RuleEvaluationException.class)
                .hasMessageContaining("no rule").hasMessageContaining("work");
    }

    @Test
    void aFieldWrittenTwiceWithDifferentValuesIsARuleFailureNamingTheRuleAndTheField() {
        Outcome outcome = RULES.evaluate(BASIS, described("twice"));

        assertThat(outcome).isInstanceOfSatisfying(Rejection.RuleFailure.class, f -> {
            assertThat(f.ruleId()).isEqualTo("T.3");
            assertThat(f.rule()).isEqualTo("T.3 decides again");
            assertThat(f.cause()).isInstanceOf(IllegalStateException.class);
            assertThat(f.field()).isEqualTo("rules");
            assertThat(f.message()).contains("T.3 decides again", "calamity", "true", "false");
            assertThat(f.inputError()).isFalse();
        });
        assertThatThrownBy(() -> RULES.decide(BASIS, described("twice")))
                .isInstanceOf(RuleEvaluationException.class).hasCauseInstanceOf(IllegalStateException.class)
                .hasMessageContaining("calamity");
    }

    @Test
    void aRuleThatThrowsIsARuleFailureNamingTheRule() {
        Outcome outcome = RULES.evaluate(BASIS, described("throws"));

        assertThat(outcome).isInstanceOfSatisfying(Rejection.RuleFailure.class, f -> {
            assertThat(f.ruleId()).isEqualTo("T.4");
            assertThat(f.cause()).isInstanceOf(NumberFormatException.class);
            assertThat(f.message()).contains("T.4 fails on a value", "one");
        });
    }

    @Test
    void badInputARuleFindsIsInvalidInputNamingFieldAndValue() {
        Outcome outcome = RULES.evaluate(BASIS, described("reject"));

        assertThat(outcome).isInstanceOfSatisfying(Rejection.InvalidInput.class, r -> {
            assertThat(r.field()).isEqualTo("description");
            assertThat(r.value()).isEqualTo("reject");
            assertThat(r.message()).contains("description", "is not a description");
            assertThat(r.inputError()).isTrue();
        });
        assertThatThrownBy(() -> RULES.decide(BASIS, described("reject")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("description");
                    assertThat(e.value()).isEqualTo("reject");
                });
    }
}
