package nl.contractrules.tests;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import nl.contractrules.api.Decision;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Decision}, typed by its fields.
 *
 * <pre>{@code
 * DecisionAssert.assertThat(decision)
 *         .has(IncidentFields.HANDLED_FROM, ZonedDateTime.parse("2026-11-23T08:30+01:00"))
 *         .firedRule("CS365.BC.1")
 *         .hasFlag("OUTSIDE_SERVICE_WINDOW");
 * }</pre>
 *
 * <p>Values compare as in scenario files: times as instants (the same moment in any zone or offset), decimals by
 * value ({@code 12.5} equals {@code 12.50}), everything else with {@code equals}.
 */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {

    private DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    /** Assertions on a decision. */
    public static DecisionAssert assertThat(Decision actual) {
        return new DecisionAssert(actual);
    }

    /** The decision is of this case kind. */
    public DecisionAssert isOfKind(CaseKind kind) {
        isNotNull();
        if (actual.kind() != kind) {
            failWithActualExpectedAndMessage(actual.kind(), kind, "\nExpecting a decision of kind %s but it is of"
                    + " kind %s", kind, actual.kind());
        }
        return this;
    }

    /** The rules decided the field, with this value. */
    public <T> DecisionAssert has(Field<T> field, T expected) {
        isNotNull();
        Objects.requireNonNull(expected, "expected value; use hasNo(field) for a field no rule decided");
        T value = actual.get(field);
        if (!same(expected, value)) {
            failWithActualExpectedAndMessage(value, expected, "\nExpecting decision field %s to be:\n  %s\nbut was:\n"
                    + "  %s\nin decision:\n  %s", field, expected, value == null ? "not decided" : value, actual);
        }
        return this;
    }

    /** No rule decided the field. */
    public DecisionAssert hasNo(Field<?> field) {
        isNotNull();
        Object value = actual.get(field);
        if (value != null) {
            failWithMessage("\nExpecting decision field %s not to be decided but it is:\n  %s\nin decision:\n  %s",
                    field, value, actual);
        }
        return this;
    }

    /** The rule with this rulebook ID is among the rules that produced the decision. */
    public DecisionAssert firedRule(String id) {
        isNotNull();
        if (!actual.rules().contains(id)) {
            failWithMessage("\nExpecting rule %s to have fired but the rules were:\n  %s", id, actual.rules());
        }
        return this;
    }

    /** Exactly these rules produced the decision, in the decision's order (sorted by rulebook ID). */
    public DecisionAssert firedExactly(String... ids) {
        isNotNull();
        List<String> expected = List.of(ids);
        if (!actual.rules().equals(expected)) {
            failWithActualExpectedAndMessage(actual.rules(), expected, "\nExpecting the rules:\n  %s\nbut were:\n  %s",
                    expected, actual.rules());
        }
        return this;
    }

    /** The rules raised this flag. */
    public DecisionAssert hasFlag(String flag) {
        isNotNull();
        if (!actual.flags().contains(flag)) {
            failWithMessage("\nExpecting flag %s but the flags were:\n  %s", flag, actual.flags());
        }
        return this;
    }

    /** The rules raised no flag. */
    public DecisionAssert hasNoFlags() {
        isNotNull();
        if (!actual.flags().isEmpty()) {
            failWithMessage("\nExpecting no flags but they were:\n  %s", actual.flags());
        }
        return this;
    }

    private static boolean same(Object expected, Object value) {
        if (expected instanceof ZonedDateTime e && value instanceof ZonedDateTime v) {
            return e.toInstant().equals(v.toInstant());
        }
        if (expected instanceof BigDecimal e && value instanceof BigDecimal v) {
            return e.compareTo(v) == 0;
        }
        return expected.equals(value);
    }
}
