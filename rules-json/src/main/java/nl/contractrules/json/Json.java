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
import java.time.format.DateTimeFormatter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.TimeZone;
import nl.contractrules.api.Decision;
import nl.contractrules.model.Citation;
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
    public static ObjectNode toJson(Outcome<?> outcome) {
        return tree(g -> {
            g.writeStartObject();
            writeFields(g, outcome, true);
            g.writeEndObject();
        });
    }

    /**
     * Writes the fields of an outcome, as {@link #toJson} describes them, into the object the generator is in;
     * {@code citations} only if asked.
     */
    static void writeFields(JsonGenerator g, Outcome<?> outcome, boolean citations) throws IOException {
        if (outcome instanceof Rejection<?> r) {
            g.writeBooleanField("error", true);
            g.writeStringField("field", r.field());
            g.writeStringField("message", r.message());
            g.writeStringField("rejection", rejectionKind(r));
            if (r instanceof Rejection.Runaway<?> runaway) {
                g.writeStringField("limit", runaway.limit().name());
            }
            return;
        }
        Decision<?> d = (Decision<?>) outcome;
        for (Map.Entry<String, Object> field : d.asMap().entrySet()) {
            g.writeFieldName(field.getKey());
            writeValue(g, field.getValue());
        }
        writeStrings(g, "rules", d.rules());
        if (citations) {
            writeCitations(g, "citations", d.citations());
        }
        writeStrings(g, "flags", d.flags());
    }

    /**
     * Writes citations under {@code name} as a decision's {@code citations} are written: each with {@code id},
     * {@code seed} and {@code section}.
     */
    public static void writeCitations(JsonGenerator g, String name, List<Citation> citations) throws IOException {
        g.writeArrayFieldStart(name);
        for (Citation c : citations) {
            g.writeStartObject();
            g.writeStringField("id", c.id().toString());
            g.writeStringField("seed", c.seed());
            g.writeStringField("section", c.section());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeStrings(JsonGenerator g, String name, List<?> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object value : values) {
            g.writeString(value.toString());
        }
        g.writeEndArray();
    }

    /**
     * Writes a decided value: strings, booleans, whole numbers, decimals, enums (by {@code toString()}), times (in
     * {@code Europe/Amsterdam}, ISO-8601 with the offset), dates and lists of these directly, as the mapper would
     * write them; any other value by the mapper.
     */
    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else if (value instanceof Integer number) {
            g.writeNumber(number);
        } else if (value instanceof Long number) {
            g.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            g.writeNumber(number);
        } else if (value instanceof Enum<?> constant) {
            g.writeString(constant.toString());
        } else if (value instanceof ZonedDateTime time) {
            g.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ContractTime.local(time)));
        } else if (value instanceof LocalDate date) {
            g.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(date));
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object element : list) {
                writeValue(g, element);
            }
            g.writeEndArray();
        } else {
            MAPPER.writeValue(g, value);
        }
    }

    /** Something written as JSON. */
    @FunctionalInterface
    interface Writing {
        void writeTo(JsonGenerator g) throws IOException;
    }

    /** What the writing writes, as a tree (numbers keep their Java types, decimals their scale). */
    static ObjectNode tree(Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            writing.writeTo(buffer);
            return (ObjectNode) MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new IllegalStateException("cannot build a JSON tree: " + e.getMessage(), e);
        }
    }

    /**
     * The kind of a rejection as the JSON writes it: {@code INVALID_INPUT}, {@code UNSUPPORTED_KIND} (the input is
     * at fault), {@code NO_RULE_APPLIED}, {@code RULE_FAILURE}, {@code RUNAWAY} (the rule set is).
     */
    private static String rejectionKind(Rejection<?> r) {
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
