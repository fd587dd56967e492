package nl.contractrules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Citation;
import nl.contractrules.model.Field;
import nl.contractrules.model.Flag;
import nl.contractrules.model.RuleId;

/**
 * The decision on one case: its typed fields, the rulebook IDs of the rules that produced it sorted by ID, a
 * citation per ID, and the flags raised.
 *
 * <p>Read a field with its typed key, {@code decision.get(IncidentFields.HANDLED_FROM)}: a field of another case
 * kind does not compile on a {@code Decision<Incident>}. {@link #asMap()} gives the same values by the names the
 * scenario format uses, for tools that treat every kind alike; {@link #as(Class)} gives a decision of an unknown
 * kind (from a bulk run, say) its type. A flag is one the rule set declares: asking for another is a mistake
 * ({@link #hasFlag(Flag)} throws), not a flag that happens not to be raised.
 *
 * @param <K> the input type of the case, e.g. {@code Incident}
 */
public final class Decision<K extends CaseInput> implements Outcome<K> {
    private final CaseKind kind;
    private final Map<Field<?, ?>, Object> fields;
    private final List<RuleId> rules;
    private final List<Citation> citations;
    private final List<Flag> flags;
    private final Set<Flag> declaredFlags;

    /**
     * A decision of the given kind; every field must be one of the kind's, with a value of its type (a field left
     * out, or null, is one no rule decided); every flag raised must be one of the declared flags, the flags of the
     * rule set that decided.
     */
    public Decision(CaseKind kind, Map<Field<?, ?>, ?> fields, List<RuleId> rules, List<Citation> citations,
                    List<Flag> flags, Set<Flag> declaredFlags) {
        this.kind = Objects.requireNonNull(kind, "kind");
        fields.keySet().forEach(this::requireOwn);
        Map<Field<?, ?>, Object> checked = new LinkedHashMap<>();
        for (Field<?, ?> field : kind.fields()) {
            Object value = field.cast(fields.get(field));
            if (value != null) {
                checked.put(field, value);
            }
        }
        this.fields = Collections.unmodifiableMap(checked);
        this.rules = List.copyOf(rules);
        this.citations = List.copyOf(citations);
        this.declaredFlags = Set.copyOf(declaredFlags);
        this.flags = List.copyOf(flags);
        this.flags.forEach(this::requireDeclared);
    }

    public CaseKind kind() {
        return kind;
    }

    /**
     * A decision field by its typed key, e.g. {@code get(IncidentFields.HANDLED_FROM)}; null when no rule decided
     * it.
     */
    public <T> T get(Field<K, T> field) {
        return field.cast(fields.get(requireOwn(field)));
    }

    /**
     * This decision as one of the cases whose input type is given, to read its fields with their keys; a decision
     * of another kind is a programming error ({@link IllegalArgumentException}).
     */
    @SuppressWarnings("unchecked")
    public <I extends CaseInput> Decision<I> as(Class<I> inputType) {
        if (!inputType.equals(kind.inputType())) {
            throw new IllegalArgumentException("a " + kind + " decision is a decision on a "
                    + kind.inputType().getSimpleName() + ", not on a " + inputType.getSimpleName());
        }
        return (Decision<I>) this;
    }

    /** Every field of the kind by its scenario-format name, in output order; a field no rule decided is null. */
    public Map<String, Object> asMap() {
        Map<String, Object> named = new LinkedHashMap<>();
        for (Field<?, ?> field : kind.fields()) {
            named.put(field.name(), fields.get(field));
        }
        return Collections.unmodifiableMap(named);
    }

    /** The rulebook IDs of the rules that produced the decision, each once, sorted by ID. */
    public List<RuleId> rules() {
        return rules;
    }

    /** Where each rulebook ID of {@link #rules()} comes from, in the same order. */
    public List<Citation> citations() {
        return citations;
    }

    /** The flags the rules raised, in the order they raised them. */
    public List<Flag> flags() {
        return flags;
    }

    /** The flags the rule set that decided declares: those its rules may raise. */
    public Set<Flag> declaredFlags() {
        return declaredFlags;
    }

    /**
     * Whether the rules raised the flag; a flag the rule set does not declare is a programming error
     * ({@link IllegalArgumentException}): no rule can raise it.
     */
    public boolean hasFlag(Flag flag) {
        return flags.contains(requireDeclared(flag));
    }

    /** {@link #hasFlag(Flag)} by the flag's name. */
    public boolean hasFlag(String name) {
        return hasFlag(Flag.of(name));
    }

    private Flag requireDeclared(Flag flag) {
        if (!declaredFlags.contains(Objects.requireNonNull(flag, "flag"))) {
            throw new IllegalArgumentException("flag " + flag + " is not declared by the rule set, so no rule raises"
                    + " it; declared: " + new TreeSet<>(declaredFlags));
        }
        return flag;
    }

    private Field<?, ?> requireOwn(Field<?, ?> field) {
        if (!kind.fields().contains(field)) {
            throw new IllegalArgumentException("a " + kind + " decision has no field '" + field + "'; fields: "
                    + kind.fields());
        }
        return field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision<?> d && kind == d.kind && fields.equals(d.fields) && rules.equals(d.rules)
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
