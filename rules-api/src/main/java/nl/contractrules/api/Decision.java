package nl.contractrules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;

/**
 * The decision on one case: its typed fields, the rulebook IDs of the rules that produced it sorted by ID, a
 * citation per ID, and the flags raised.
 *
 * <p>Read a field with its typed key, {@code decision.get(IncidentFields.HANDLED_FROM)}; {@link #asMap()} gives
 * the same values by the names the scenario format uses, for tools that treat every kind alike.
 */
public final class Decision implements Outcome {
    private final CaseKind kind;
    private final Map<Field<?>, Object> fields;
    private final List<String> rules;
    private final List<Citation> citations;
    private final List<String> flags;

    /**
     * A decision of the given kind; every field must be one of the kind's, with a value of its type (a field
     * left out, or null, is one no rule decided).
     */
    public Decision(CaseKind kind, Map<Field<?>, ?> fields, List<String> rules, List<Citation> citations,
                    List<String> flags) {
        this.kind = Objects.requireNonNull(kind, "kind");
        fields.keySet().forEach(this::requireOwn);
        Map<Field<?>, Object> checked = new LinkedHashMap<>();
        for (Field<?> field : kind.fields()) {
            Object value = field.cast(fields.get(field));
            if (value != null) {
                checked.put(field, value);
            }
        }
        this.fields = Collections.unmodifiableMap(checked);
        this.rules = List.copyOf(rules);
        this.citations = List.copyOf(citations);
        this.flags = List.copyOf(flags);
    }

    public CaseKind kind() {
        return kind;
    }

    /**
     * A decision field by its typed key, e.g. {@code get(IncidentFields.HANDLED_FROM)}; null when no rule decided
     * it. A field of another case kind is a programming error ({@link IllegalArgumentException}).
     */
    public <T> T get(Field<T> field) {
        return field.cast(fields.get(requireOwn(field)));
    }

    /** Every field of the kind by its scenario-format name, in output order; a field no rule decided is null. */
    public Map<String, Object> asMap() {
        Map<String, Object> named = new LinkedHashMap<>();
        for (Field<?> field : kind.fields()) {
            named.put(field.name(), fields.get(field));
        }
        return Collections.unmodifiableMap(named);
    }

    /** The rulebook IDs of the rules that produced the decision, each once, sorted by ID ({@link RuleIds#ORDER}). */
    public List<String> rules() {
        return rules;
    }

    /** Where each rulebook ID of {@link #rules()} comes from, in the same order. */
    public List<Citation> citations() {
        return citations;
    }

    public List<String> flags() {
        return flags;
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }

    private Field<?> requireOwn(Field<?> field) {
        if (!kind.fields().contains(field)) {
            throw new IllegalArgumentException("a " + kind + " decision has no field '" + field + "'; fields: "
                    + kind.fields());
        }
        return field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d && kind == d.kind && fields.equals(d.fields) && rules.equals(d.rules)
                && citations.equals(d.citations) && flags.equals(d.flags);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, fields, rules, citations, flags);
    }

    @Override
    public String toString() {
        return "Decision[kind=" + kind + ", fields=" + fields + ", rules=" + rules + ", flags=" + flags + "]";
    }
}
