package nl.contractrules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;

/**
 * The decision on one case: its fields (named as in the spec for the kind), the rulebook IDs of the rules that
 * produced it sorted by ID, a citation per ID, and the flags raised.
 */
public record Decision(CaseKind kind, Map<String, Object> fields, List<String> rules, List<Citation> citations,
                       List<String> flags) implements Outcome {

    public Decision {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        rules = List.copyOf(rules);
        citations = List.copyOf(citations);
        flags = List.copyOf(flags);
    }

    /** A decision field, or null when the rules left it unset. */
    public Object get(String field) {
        return fields.get(field);
    }

    public <T> T get(String field, Class<T> type) {
        return type.cast(fields.get(field));
    }

    /** A decision field by its typed key, e.g. {@code get(IncidentFields.HANDLED_FROM)}; null when no rule set it. */
    public <T> T get(Field<T> field) {
        return field.cast(fields.get(field.name()));
    }

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
