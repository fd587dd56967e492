package nl.contractrules.tests;

import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link Outcome}: the case was decided (then {@link DecisionAssert} on the decision)
 * or rejected, naming a field.
 *
 * <pre>{@code
 * OutcomeAssert.assertThat(rules.evaluate(contract, input)).isDecided().firedRule("CS365.BC.1");
 * OutcomeAssert.assertThat(rules.evaluate(contract, badInput)).isRejectedFor("reportedAt");
 * }</pre>
 */
public final class OutcomeAssert extends AbstractAssert<OutcomeAssert, Outcome> {

    private OutcomeAssert(Outcome actual) {
        super(actual, OutcomeAssert.class);
    }

    /** Assertions on an outcome. */
    public static OutcomeAssert assertThat(Outcome actual) {
        return new OutcomeAssert(actual);
    }

    /** The case was decided; assertions on the decision follow. */
    public DecisionAssert isDecided() {
        isNotNull();
        if (actual instanceof Rejection r) {
            failWithMessage("\nExpecting a decision but the case was rejected (field %s):\n  %s", r.field(),
                    r.message());
        }
        return DecisionAssert.assertThat((Decision) actual);
    }

    /** The case was rejected, whatever the field. */
    public OutcomeAssert isRejected() {
        isNotNull();
        if (actual instanceof Decision d) {
            failWithMessage("\nExpecting a rejection but the case was decided:\n  %s", d);
        }
        return this;
    }

    /** The case was rejected for this field: bad input in it, or {@code rules} for a rule-set failure. */
    public OutcomeAssert isRejectedFor(String field) {
        isRejected();
        Rejection rejection = (Rejection) actual;
        if (!field.equals(rejection.field())) {
            failWithActualExpectedAndMessage(rejection.field(), field,
                    "\nExpecting a rejection for field %s but it was for field %s:\n  %s", field, rejection.field(),
                    rejection.message());
        }
        return this;
    }
}
