package nl.contractrules.tests;

import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.CaseInput;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link Outcome}: the case was decided (then {@link DecisionAssert} on the decision)
 * or rejected, naming a field.
 *
 * <pre>{@code
 * OutcomeAssert.assertThat(rules.evaluate(contract, incident)).isDecided().firedRule("CS365.BC.1");
 * OutcomeAssert.assertThat(rules.evaluate(contract, badInput)).isRejectedFor("reportedAt");
 * }</pre>
 *
 * @param <K> the input type of the case
 */
public final class OutcomeAssert<K extends CaseInput> extends AbstractAssert<OutcomeAssert<K>, Outcome<K>> {

    private OutcomeAssert(Outcome<K> actual) {
        super(actual, OutcomeAssert.class);
    }

    /** Assertions on an outcome. */
    public static <K extends CaseInput> OutcomeAssert<K> assertThat(Outcome<K> actual) {
        return new OutcomeAssert<>(actual);
    }

    /** The case was decided; assertions on the decision follow. */
    public DecisionAssert<K> isDecided() {
        isNotNull();
        if (actual instanceof Rejection<K> r) {
            failWithMessage("\nExpecting a decision but the case was rejected (field %s):\n  %s", r.field(),
                    r.message());
        }
        return DecisionAssert.assertThat((Decision<K>) actual);
    }

    /** The case was rejected, whatever the field. */
    public OutcomeAssert<K> isRejected() {
        isNotNull();
        if (actual instanceof Decision<K> d) {
            failWithMessage("\nExpecting a rejection but the case was decided:\n  %s", d);
        }
        return this;
    }

    /** The case was rejected for this field: bad input in it, or {@code rules} for a rule-set failure. */
    public OutcomeAssert<K> isRejectedFor(String field) {
        isRejected();
        Rejection<K> rejection = (Rejection<K>) actual;
        if (!field.equals(rejection.field())) {
            failWithActualExpectedAndMessage(rejection.field(), field,
                    "\nExpecting a rejection for field %s but it was for field %s:\n  %s", field, rejection.field(),
                    rejection.message());
        }
        return this;
    }
}
