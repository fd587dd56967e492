package nl.contractrules.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;

/** Turns scenario JSON into model values; every failure is an {@link InvalidInputException} naming the field. */
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
            throw new InvalidInputException("input", node, "required, a JSON object");
        }
        return parse(node, caseKind.inputType(), "");
    }

    private static <T> T parse(JsonNode node, Class<T> type, String prefix) {
        try {
            return Json.MAPPER.treeToValue(node, type);
        } catch (JsonMappingException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof InvalidInputException invalid) {
                    throw invalid;
                }
            }
            throw translate(e, prefix);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException(prefix.isEmpty() ? "input" : prefix, null, e.getOriginalMessage());
        }
    }

    private static InvalidInputException translate(JsonMappingException e, String prefix) {
        StringBuilder path = new StringBuilder(prefix);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String field = path.length() == 0 ? "input" : path.toString();
        if (e instanceof UnrecognizedPropertyException u) {
            return new InvalidInputException(field, null, "unknown field '" + u.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException f) {
            Class<?> target = f.getTargetType();
            String expected = target != null && target.isEnum()
                    ? "one of " + Arrays.toString(target.getEnumConstants())
                    : "a valid " + (target == null ? "value" : target.getSimpleName());
            return new InvalidInputException(field, f.getValue(), "expected " + expected);
        }
        return new InvalidInputException(field, null, e.getOriginalMessage());
    }
}
