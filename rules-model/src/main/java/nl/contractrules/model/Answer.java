package nl.contractrules.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The working sheet on which the rules of one evaluation write their conclusions: decision fields, flags,
 * or a rejection of the input. One per evaluation; the facade turns it into an immutable decision.
 * Rules only write to it; conclusions other rules depend on are facts of their own.
 */
public final class Answer {
    private final CaseKind kind;
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final List<InvalidInputException> rejections = new ArrayList<>();

    public Answer(CaseKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public CaseKind kind() {
        return kind;
    }

    /** Sets a decision field of this kind; a field the kind does not declare is a rule-file error. */
    public void set(String field, Object value) {
        if (!kind.fields().contains(field)) {
            throw new IllegalArgumentException("a " + kind + " decision has no field '" + field + "'; fields: "
                    + kind.fields());
        }
        fields.put(field, value);
    }

    public Object get(String field) {
        return fields.get(field);
    }

    public void flag(String name) {
        flags.add(name);
    }

    /** Rejects the case as bad input: the rule found a value the contract does not allow. */
    public void reject(String field, Object value, String problem) {
        rejections.add(new InvalidInputException(field, value, problem));
    }

    public boolean rejected() {
        return !rejections.isEmpty();
    }

    /** Every field of the kind, in its declared order; a field no rule set is null. */
    public Map<String, Object> fields() {
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String field : kind.fields()) {
            ordered.put(field, fields.get(field));
        }
        return ordered;
    }

    public List<String> flags() {
        return List.copyOf(flags);
    }

    public List<InvalidInputException> rejections() {
        return List.copyOf(rejections);
    }
}
