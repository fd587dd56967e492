package nl.contractrules.tests;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import nl.contractrules.api.Decision;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;
import nl.contractrules.model.Flag;
import nl.contractrules.model.RuleId;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Decision}, typed by its fields: only the fields of the decision's case kind
 * compile.
 *
 * <pre>{@code
 * DecisionAssert.assertThat(rules.decide(contract, incident))
 *         .has(IncidentFields.HANDLED_FROM, ZonedDateTime.parse("2026-11-23T08:30+01:00"))
 *         .has(IncidentFields.REPAIR_ELAPSED_MINUTES, 210)
 *         .firedRule("CS365.BC.1")
 *         .hasFlag("TARGET_MISSED");
 * }</pre>
 *
 * <p>Values compare as in scenario files: times as instants (the same moment in any zone or offset), decimals by
 * value ({@code 12.5} equals {@code 12.50}), everything else with {@code equals}. A flag must be one the rule set
 * declares, and a rulebook ID a well-formed one: asserting another is a mistake in the test, reported as such, not
 * an assertion that quietly holds or fails.
 *
 * @param <K> the input type of the decided case
 */
public final class DecisionAssert<K extends CaseInput> extends AbstractAssert<DecisionAssert<K>, Decision<K>> {

    private DecisionAssert(Decision<K> actual) {
        super(actual, DecisionAssert.class);
    }

    /** Assertions on a decision. */
    public static <K extends CaseInput> DecisionAssert<K> assertThat(Decision<K> actual) {
        return new DecisionAssert<>(actual);
    }

    /** The decision is of this case kind. */
    public DecisionAssert<K> isOfKind(CaseKind kind) {
        isNotNull();
        if (actual.kind() != kind) {
            failWithActualExpectedAndMessage(actual.kind(), kind, "\nExpecting a decision of kind %s but it is of"
                    + " kind %s", kind, actual.kind());
        }
        return this;
    }

    /** The rules decided the field, with this value. */
    public <T> DecisionAssert<K> has(Field<K, T> field, T expected) {
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
    public DecisionAssert<K> hasNo(Field<K, ?> field) {
        isNotNull();
        Object value = actual.get(field);
        if (value != null) {
            failWithMessage("\nExpecting decision field %s not to be decided but it is:\n  %s\nin decision:\n  %s",
                    field, value, actual);
        }
        return this;
    }

    /** The rule with this rulebook ID is among the rules that produced the decision. */
    public DecisionAssert<K> firedRule(String id) {
        isNotNull();
        if (!actual.rules().contains(RuleId.of(id))) {
            failWithMessage("\nExpecting rule %s to have fired but the rules were:\n  %s", id, actual.rules());
        }
        return this;
    }

    /** Exactly these rules produced the decision, in the decision's order (sorted by rulebook ID). */
    public DecisionAssert<K> firedExactly(String... ids) {
        isNotNull();
        List<RuleId> expected = Arrays.stream(ids).map(RuleId::of).toList();
        if (!actual.rules().equals(expected)) {
            failWithActualExpectedAndMessage(actual.rules(), expected, "\nExpecting the rules:\n  %s\nbut were:\n  %s",
                    expected, actual.rules());
        }
        return this;
    }

    /**
     * The rules raised this flag. A flag the rule set does not declare fails the assertion as a mistake in the test:
     * no rule raises it.
     */
    public DecisionAssert<K> hasFlag(String name) {
        isNotNull();
        Flag flag = declared(name);
        if (!actual.flags().contains(flag)) {
            failWithMessage("\nExpecting flag %s but the flags were:\n  %s", flag, actual.flags());
        }
        return this;
    }

    /** The rules did not raise this flag, which the rule set declares. */
    public DecisionAssert<K> hasNoFlag(String name) {
        isNotNull();
        Flag flag = declared(name);
        if (actual.flags().contains(flag)) {
            failWithMessage("\nExpecting no flag %s but the flags were:\n  %s", flag, actual.flags());
        }
        return this;
    }

    /** The rules raised no flag. */
    public DecisionAssert<K> hasNoFlags() {
        isNotNull();
        if (!actual.flags().isEmpty()) {
            failWithMessage("\nExpecting no flags but they were:\n  %s", actual.flags());
        }
        return this;
    }

    /** The flag of that name, which the rule set must declare. */
    private Flag declared(String name) {
        Flag flag = Flag.of(name);
        if (!actual.declaredFlags().contains(flag)) {
            failWithMessage("\nExpecting flag %s, which the rule set does not declare: no rule raises it (a typo?)."
                    + "\nThe declared flags:\n  %s", flag, new TreeSet<>(actual.declaredFlags()));
        }
        return flag;
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
