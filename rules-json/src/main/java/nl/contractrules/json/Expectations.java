package nl.contractrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a case's {@code expect} against its outcome ({@code docs/scenarios.md}, "Expectations"):
 * every listed field equal (times as instants, numbers by value, lists in order, {@code null} = null or absent),
 * {@code rulesInclude}/{@code flagsInclude} as subsets, {@code {"error": true}} passing on a rejection of the
 * input (bad input or an unsupported kind) and never on a failing rule set (no rule applied, a broken or runaway
 * rule).
 */
public final class Expectations {
    private static final Set<String> SUBSETS = Set.of("rulesInclude", "flagsInclude");
    /** The rejections {@code {"error": true}} expects: the input is at fault, not the rule set. */
    private static final Set<String> INPUT_ERRORS = Set.of("INVALID_INPUT", "UNSUPPORTED_KIND");
    private static final Set<String> ALWAYS = Set.of("rules", "citations", "flags", "error", "rulesInclude",
            "flagsInclude");

    /** One expected field that the outcome does not meet. */
    public record Mismatch(String field, String expected, String actual) {
        @Override
        public String toString() {
            return field + ": expected " + expected + ", actual " + actual;
        }
    }

    private Expectations() {
    }

    /**
     * The mismatches between {@code expect} and {@code actual} (the outcome as {@link Json#toJson}); an expected
     * field the kind's decision does not have ({@code kindFields}) is a mismatch too, so a typo cannot pass.
     */
    public static List<Mismatch> check(JsonNode expect, JsonNode actual, List<String> kindFields) {
        List<Mismatch> mismatches = new ArrayList<>();
        if (expect == null || expect.isNull()) {
            return mismatches;
        }
        boolean rejected = actual.path("error").asBoolean(false);
        boolean errorExpected = expect.path("error").asBoolean(false);
        if (errorExpected || rejected) {
            if (errorExpected != rejected) {
                mismatches.add(new Mismatch("error", errorExpected ? "a rejection" : "a decision",
                        rejected ? "rejected: " + actual.path("message").asText() : "a decision " + actual));
            } else if (!INPUT_ERRORS.contains(actual.path("rejection").asText())) {
                mismatches.add(new Mismatch("error", "a rejection of the input (bad input or an unsupported kind)",
                        "a failure of the rule set: " + actual.path("message").asText()));
            }
            return mismatches;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String field = e.getKey();
            JsonNode want = e.getValue();
            if (!ALWAYS.contains(field) && !kindFields.contains(field)) {
                mismatches.add(new Mismatch(field, String.valueOf(want), "no such field; fields: " + kindFields));
            } else if (SUBSETS.contains(field)) {
                JsonNode have = actual.path(field.replace("Include", ""));
                for (JsonNode item : want) {
                    if (!contains(have, item)) {
                        mismatches.add(new Mismatch(field, "to include " + item, String.valueOf(have)));
                    }
                }
            } else if (!same(want, actual.get(field))) {
                mismatches.add(new Mismatch(field, String.valueOf(want), String.valueOf(actual.get(field))));
            }
        }
        return mismatches;
    }

    private static boolean contains(JsonNode list, JsonNode item) {
        for (JsonNode element : list) {
            if (same(item, element)) {
                return true;
            }
        }
        return false;
    }

    /** Equality with the spec's leniencies: instants, numeric values, null as absent. */
    static boolean same(JsonNode want, JsonNode have) {
        boolean wantNull = want == null || want.isNull();
        boolean haveNull = have == null || have.isNull() || have.isMissingNode();
        if (wantNull || haveNull) {
            return wantNull && haveNull;
        }
        if (want.isNumber() && have.isNumber()) {
            return new BigDecimal(want.asText()).compareTo(new BigDecimal(have.asText())) == 0;
        }
        if (want.isTextual() && have.isTextual()) {
            return want.asText().equals(have.asText()) || sameInstant(want.asText(), have.asText());
        }
        if (want.isArray() && have.isArray()) {
            if (want.size() != have.size()) {
                return false;
            }
            for (int i = 0; i < want.size(); i++) {
                if (!same(want.get(i), have.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (want.isObject() && have.isObject()) {
            if (want.size() != have.size()) {
                return false;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!same(e.getValue(), have.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return want.equals(have);
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return TextOnly.time(a).toInstant().equals(TextOnly.time(b).toInstant());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
