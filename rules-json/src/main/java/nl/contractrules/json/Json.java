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

/** The JSON mapping of scenario files and decisions ({@code docs/scenarios.md}, "Values"). */
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

    /** An outcome as JSON: the decision's fields, rules, citations and flags; or {@code error} for a rejection. */
    public static ObjectNode toJson(Outcome outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        if (outcome instanceof Rejection r) {
            node.put("error", true);
            node.put("field", r.field());
            node.put("message", r.message());
            return node;
        }
        Decision d = (Decision) outcome;
        for (Map.Entry<String, Object> field : d.fields().entrySet()) {
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
}
