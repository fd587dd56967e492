package nl.contractrules.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.contractrules.model.CaseKind;

/**
 * The decision on one case: its fields (named as in the spec for the kind), the rulebook IDs of the rules that
 * produced it in firing order, a citation per ID, and the flags raised.
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

    public boolean hasFlag(String flag) {
        return flags.contains(flag);
    }
}
