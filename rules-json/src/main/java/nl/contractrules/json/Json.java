package nl.contractrules.json;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import java.util.Map;
import java.util.TimeZone;
import nl.contractrules.api.Citation;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.time.ContractTime;

/** The JSON mapping of scenario files and decisions ({@code ../shared/spec/scenarios.md}, "Values"). */
public final class Json {
    /** Reads inputs strictly (unknown fields are errors) and writes times in {@code Europe/Amsterdam}. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .defaultTimeZone(TimeZone.getTimeZone(ContractTime.ZONE))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private Json() {
    }

    /**
     * An outcome as JSON: the decision's fields by their spec names (enums as their {@code toString()}, e.g.
     * {@code "24X7"}), rules, citations and flags; for a rejection {@code error}, {@code field}, {@code message}
     * and {@code rejection}, the kind of rejection ({@link #rejectionKind}).
     */
    public static ObjectNode toJson(Outcome outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        if (outcome instanceof Rejection r) {
            node.put("error", true);
            node.put("field", r.field());
            node.put("message", r.message());
            node.put("rejection", rejectionKind(r));
            return node;
        }
        Decision d = (Decision) outcome;
        for (Map.Entry<String, Object> field : d.asMap().entrySet()) {
            node.set(field.getKey(), MAPPER.valueToTree(field.getValue()));
        }
        ArrayNode rules = node.putArray("rules");
        d.rules().forEach(rules::add);
        ArrayNode citations = node.putArray("citations");
        for (Citation c : d.citations()) {
            citations.addObject().put("id", c.id()).put("seed", c.seed()).put("section", c.section());
        }
        ArrayNode flags = node.putArray("flags");
        d.flags().forEach(flags::add);
        return node;
    }

    /**
     * The kind of a rejection as the JSON writes it: {@code INVALID_INPUT}, {@code UNSUPPORTED_KIND} (the input is
     * at fault), {@code NO_RULE_APPLIED}, {@code RULE_FAILURE}, {@code RUNAWAY} (the rule set is).
     */
    private static String rejectionKind(Rejection r) {
        if (r instanceof Rejection.InvalidInput) {
            return "INVALID_INPUT";
        }
        if (r instanceof Rejection.UnsupportedKind) {
            return "UNSUPPORTED_KIND";
        }
        if (r instanceof Rejection.NoRuleApplied) {
            return "NO_RULE_APPLIED";
        }
        return r instanceof Rejection.RuleFailure ? "RULE_FAILURE" : "RUNAWAY";
    }
}
