package nl.contractrules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;

/**
 * Turns scenario JSON into model values; every failure is an {@link InvalidInputException} naming the field by
 * its path, e.g. {@code contract.tier}, {@code reportedAt}, {@code outages[0].end}, and the value found there.
 *
 * <p>The one reading of a case, whichever path it takes: a scenario file's case ({@link Scenario}, for
 * {@code evaluate}, {@code check} and test suites) and a case line ({@link BulkLines}, for {@code decide} and Spark)
 * check a case's own fields ({@link #CASE_FIELDS}, {@link #shapeProblem}), find its kind ({@link #kind}) and bind its
 * input ({@link #input(CaseKind, JsonParser)}) here, and name what is wrong here ({@link #translate}).
 */
public final class CaseParser {
    /** The fields of a case in a scenario file; a case line has {@code contract} too. */
    static final Set<String> CASE_FIELDS = Set.of("id", "kind", "input", "expect");
    /** The reader of each kind's input, from a tree or from within a longer text (a case line). */
    private static final Map<CaseKind, ObjectReader> INPUTS = inputReaders();

    private CaseParser() {
    }

    private static Map<CaseKind, ObjectReader> inputReaders() {
        Map<CaseKind, ObjectReader> readers = new EnumMap<>(CaseKind.class);
        for (CaseKind kind : CaseKind.values()) {
            readers.put(kind, Json.MAPPER.readerFor(kind.inputType())
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
        }
        return readers;
    }

    public static Contract contract(JsonNode node) {
        try {
            return Json.MAPPER.treeToValue(node, Contract.class);
        } catch (JsonMappingException e) {
            throw translate(e, node, "contract");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("contract", null, e.getOriginalMessage());
        }
    }

    /** The input of a case of the kind named {@code kind}, from its {@code input}. */
    public static CaseInput input(String kind, JsonNode node) {
        CaseKind caseKind = kind(kind);
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("input", node == null ? null : Json.brief(node),
                    "required, a JSON object");
        }
        try {
            return INPUTS.get(caseKind).readValue(node);
        } catch (JsonMappingException e) {
            throw translate(e, node, "");
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("input", null, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading a tree cannot fail, but did", e);
        }
    }

    /** The case kind of this name; an unknown one is bad input naming the kinds. */
    static CaseKind kind(String name) {
        return CaseKind.fromJsonName(name).orElseThrow(() -> new InvalidInputException("kind", name,
                "unknown case kind; kinds: " + Arrays.stream(CaseKind.values()).map(CaseKind::jsonName)
                        .collect(Collectors.joining(", "))));
    }

    /**
     * The input of a case of the kind, read from the parser at the input's {@code START_OBJECT} up to its
     * {@code END_OBJECT}; a mapping exception is for {@link #translate} to name.
     */
    static CaseInput input(CaseKind kind, JsonParser p) throws IOException {
        return INPUTS.get(kind).readValue(p);
    }

    /**
     * Why a case's own field with a value of this JSON type is refused, or null when it is not: {@code id} and
     * {@code kind} are strings, {@code expect} a JSON object (or null). Not for {@code input}, which its kind reads.
     */
    static String shapeProblem(String field, JsonToken value) {
        return switch (field) {
            case "id", "kind" -> value == JsonToken.VALUE_STRING ? null : "must be a string";
            case "expect" -> value == JsonToken.START_OBJECT || value == JsonToken.VALUE_NULL ? null
                    : "must be a JSON object";
            default -> null;
        };
    }

    /**
     * The bad input a mapping exception stands for, naming the field by its path under {@code prefix} and the value
     * found there in {@code node}, the JSON that was read.
     */
    static InvalidInputException translate(JsonMappingException e, JsonNode node, String prefix) {
        StringBuilder indexed = new StringBuilder(prefix);
        StringBuilder plain = new StringBuilder(prefix);
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                indexed.append(indexed.length() == 0 ? "" : ".").append(ref.getFieldName());
                plain.append(plain.length() == 0 ? "" : ".").append(ref.getFieldName());
                pointer.append('/').append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (ref.getIndex() >= 0) {
                indexed.append('[').append(ref.getIndex()).append(']');
                pointer.append('/').append(ref.getIndex());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return placed(invalid, plain.toString(), indexed.toString());
            }
        }
        String field = indexed.length() == 0 ? "input" : indexed.toString();
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(field, null, "unknown field '" + u.getPropertyName() + "'");
        }
        JsonNode value = node.at(JsonPointer.compile(pointer.toString()));
        String shown = value.isMissingNode() ? null : Json.brief(value);
        if (e instanceof TextOnly.Refused refused) {
            return new InvalidInputException(field, shown, refused.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return new InvalidInputException(field, shown, "expected " + expected(m.getTargetType()));
        }
        return new InvalidInputException(field, shown, "not a valid value");
    }

    /**
     * The model names a field inside a list by its path without positions ({@code outages.end}); the reader knows
     * the position and puts it in ({@code outages[0].end}).
     */
    private static InvalidInputException placed(InvalidInputException invalid, String plain, String indexed) {
        String field = invalid.field();
        if (plain.isEmpty() || plain.equals(indexed) || !(field + ".").startsWith(plain + ".")) {
            return invalid;
        }
        String placed = indexed + field.substring(plain.length());
        String message = invalid.getMessage();
        return InvalidInputException.withMessage(placed, invalid.value(),
                message.startsWith(field) ? placed + message.substring(field.length()) : message);
    }

    /** What a value of the type looks like, in the words of the scenario format. */
    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == ZonedDateTime.class) {
            return TextOnly.TIME.expected();
        }
        if (type == LocalDate.class) {
            return TextOnly.DATE.expected();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
