package nl.contractrules.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
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
    /** The deepest nesting of arrays and objects a JSON document may have. */
    public static final int MAX_DEPTH = 64;
    /** The longest string (value or field name), in characters. */
    public static final int MAX_STRING_LENGTH = 100_000;
    /** The most digits a number may be written with. */
    public static final int MAX_NUMBER_LENGTH = 100;
    /** The largest document, in bytes or characters. */
    public static final long MAX_DOCUMENT_LENGTH = 20_000_000;
    /** The most tokens (values, field names, brackets) of one document. */
    public static final long MAX_TOKENS = 1_000_000;

    /**
     * Reads strictly, within the limits above ({@code docs/limits.md}): unknown fields, duplicate keys and text after
     * the document are errors, and no value is coerced (numbers only as numbers, whole numbers only for integer
     * fields, strings only as strings, dates and times only as ISO-8601 strings). Writes times in
     * {@code Europe/Amsterdam}.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH)
                            .maxStringLength(MAX_STRING_LENGTH)
                            .maxNameLength(MAX_STRING_LENGTH)
                            .maxNumberLength(MAX_NUMBER_LENGTH)
                            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                            .maxTokenCount(MAX_TOKENS)
                            .build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("text-only-times")
                    .addDeserializer(ZonedDateTime.class, TextOnly.TIME)
                    .addDeserializer(LocalDate.class, TextOnly.DATE))
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .defaultTimeZone(TimeZone.getTimeZone(ContractTime.ZONE))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, c -> refuse(c, CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean))
            .withCoercionConfig(LogicalType.Integer, c -> refuse(c, CoercionInputShape.String,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
            .withCoercionConfig(LogicalType.Float, c -> refuse(c, CoercionInputShape.String,
                    CoercionInputShape.Boolean, CoercionInputShape.EmptyString))
            .withCoercionConfig(LogicalType.Boolean, c -> refuse(c, CoercionInputShape.String,
                    CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.EmptyString))
            .withCoercionConfig(LogicalType.Enum, c -> refuse(c, CoercionInputShape.Integer,
                    CoercionInputShape.EmptyString))
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private Json() {
    }

    private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A value as JSON text for a message, cut short after 60 characters. */
    public static String brief(JsonNode value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /**
     * An outcome as JSON: the decision's fields by their spec names (enums as their {@code toString()}, e.g.
     * {@code "24X7"}), rules, citations and flags; for a rejection {@code error}, {@code field}, {@code message}
     * and {@code rejection}, the kind of rejection ({@link #rejectionKind}), and for a runaway the {@code limit} it
     * ran past ({@code FIRINGS}, {@code TIME} or {@code ABANDONED_THREADS}).
     */
    public static ObjectNode toJson(Outcome outcome) {
        ObjectNode node = MAPPER.createObjectNode();
        if (outcome instanceof Rejection r) {
            node.put("error", true);
            node.put("field", r.field());
            node.put("message", r.message());
            node.put("rejection", rejectionKind(r));
            if (r instanceof Rejection.Runaway runaway) {
                node.put("limit", runaway.limit().name());
            }
            return node;
        }
        Decision d = (Decision) outcome;
        for (Map.Entry<String, Object> field : d.asMap().entrySet()) {
            node.set(field.getKey(), node(field.getValue()));
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
     * A decided value as JSON: strings, booleans, whole numbers, decimals and enums (by {@code toString()}) made
     * directly, as the mapper would make them; other values (times, dates, lists) by the mapper.
     */
    private static JsonNode node(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof String text) {
            return TextNode.valueOf(text);
        }
        if (value instanceof Boolean bool) {
            return BooleanNode.valueOf(bool);
        }
        if (value instanceof Integer number) {
            return IntNode.valueOf(number);
        }
        if (value instanceof Long number) {
            return LongNode.valueOf(number);
        }
        if (value instanceof BigDecimal number) {
            return MAPPER.getNodeFactory().numberNode(number);
        }
        if (value instanceof Enum<?> constant) {
            return TextNode.valueOf(constant.toString());
        }
        return MAPPER.valueToTree(value);
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
