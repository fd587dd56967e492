package nl.contractrules.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;

/**
 * Turns scenario JSON into model values; every failure is an {@link InvalidInputException} naming the field by
 * its path, e.g. {@code contract.tier}, {@code reportedAt}, {@code outages[0].end}, and the value found there.
 */
public final class CaseParser {
    private CaseParser() {
    }

    public static Contract contract(JsonNode node) {
        return parse(node, Contract.class, "contract");
    }

    public static CaseInput input(String kind, JsonNode node) {
        CaseKind caseKind = CaseKind.fromJsonName(kind).orElseThrow(() -> new InvalidInputException("kind", kind,
                "unknown case kind; kinds: " + Arrays.stream(CaseKind.values()).map(CaseKind::jsonName)
                        .collect(Collectors.joining(", "))));
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("input", node == null ? null : Json.brief(node),
                    "required, a JSON object");
        }
        return parse(node, caseKind.inputType(), "");
    }

    private static <T> T parse(JsonNode node, Class<T> type, String prefix) {
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw translate(e, node, prefix);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(prefix.isEmpty() ? "input" : prefix, null, e.getOriginalMessage());
        }
    }

    private static InvalidInputException translate(JsonMappingException e, JsonNode node, String prefix) {
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
