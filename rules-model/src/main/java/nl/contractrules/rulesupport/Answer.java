package nl.contractrules.rulesupport;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;
import nl.contractrules.model.Flag;
import nl.contractrules.model.InvalidInputException;
import org.apiguardian.api.API;

/**
 * The working sheet on which the rules of one evaluation write their conclusions, as the global {@code answer}:
 * decision fields, flags, or a rejection of the input. One per evaluation; the engine turns it into an immutable
 * decision. For rule files; an application reads the decision.
 *
 * <p>Rules only write to it; a conclusion other rules depend on is a fact of its own. A field is written once:
 * writing a second, different value to the same field fails the evaluation (the rule set disagrees with itself),
 * so no decision depends on which rule happened to fire last. A flag is one the rule set declares.
 */
@API(status = INTERNAL, since = "0.1", consumers = "rule files")
public final class Answer {
    private final CaseKind kind;
    private final Map<String, Flag> declaredFlags;
    private final Map<Field<?, ?>, Object> fields = new LinkedHashMap<>();
    private final Set<Flag> flags = new LinkedHashSet<>();
    private final List<InvalidInputException> rejections = new ArrayList<>();

    /** An empty sheet for a case of the kind, whose rules may raise the declared flags (by name). */
    public Answer(CaseKind kind, Map<String, Flag> declaredFlags) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.declaredFlags = Objects.requireNonNull(declaredFlags, "declaredFlags");
    }

    public CaseKind kind() {
        return kind;
    }

    /**
     * Sets a decision field of this kind. A field of another kind, a value of the wrong type, or a second value
     * different from the one already written is a broken rule: {@link IllegalArgumentException} or
     * {@link IllegalStateException} naming the field.
     */
    public <T> void set(Field<?, T> field, T value) {
        if (!kind.fields().contains(field)) {
            throw new IllegalArgumentException("a " + kind + " decision has no field '" + field + "'; fields: "
                    + kind.fields());
        }
        T checked = field.cast(value);
        if (fields.containsKey(field) && !Objects.equals(fields.get(field), checked)) {
            throw new IllegalStateException("decision field '" + field + "' written twice: " + fields.get(field)
                    + ", then " + checked + "; a field is decided by one rule");
        }
        fields.put(field, checked);
    }

    /** Raises a flag the rule set declares; an undeclared one is a broken rule ({@link IllegalArgumentException}). */
    public void flag(String name) {
        Flag flag = declaredFlags.get(name);
        if (flag == null) {
            throw new IllegalArgumentException("flag " + name + " is not declared: the rule set's "
                    + "flags.properties names every flag its rules raise");
        }
        flags.add(flag);
    }

    /** Rejects the case as bad input: the rule found a value the contract does not allow. */
    public void reject(String field, Object value, String problem) {
        rejections.add(new InvalidInputException(field, value, problem));
    }

    public boolean rejected() {
        return !rejections.isEmpty();
    }

    /** The fields the rules decided, with their values (a decision puts them in the kind's order). */
    public Map<Field<?, ?>, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The flags raised, in the order the rules raised them. */
    public List<Flag> flags() {
        return List.copyOf(flags);
    }

    public List<InvalidInputException> rejections() {
        return List.copyOf(rejections);
    }
}
