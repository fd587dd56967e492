package nl.contractrules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario file: one contract and the cases to evaluate against it, each with its optional expectation
 * ({@code docs/scenarios.md}). The contract and inputs stay JSON until evaluated, so that one bad case
 * is reported on its own while the others are still decided.
 */
public record Scenario(String name, String source, JsonNode contract, List<Case> cases) {

    /**
     * One case as written in the file: {@code id} (null when the file gives none), {@code kind}, {@code input} and
     * {@code expect}, and its {@code position} in the file's {@code cases} (from 0).
     */
    public record Case(String id, int position, String kind, JsonNode input, JsonNode expect) {
        /** How messages name the case: its id, or its position, e.g. {@code cases[2]}, when it has none. */
        public String label() {
            return id != null ? id : "cases[" + position + "]";
        }
    }

    /**
     * Reads one JSON value; text after it is checked here rather than by the mapper, to name it plainly.
     */
    private static final ObjectReader TREE_READER = Json.MAPPER.reader()
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** A parser over the source; reading from it may fail as a source does. */
    private interface Source {
        JsonParser open() throws IOException;
    }

    /**
     * Reads a scenario file; a file that cannot be read, is not JSON, exceeds a reading limit
     * ({@code docs/limits.md}) or lacks the scenario's shape is a {@link ScenarioFormatException} naming it.
     */
    public static Scenario read(Path file) {
        return of(tree(() -> Json.MAPPER.createParser(file.toFile()), file.toString()), file.toString());
    }

    /** A scenario from JSON text, read as {@link #read(Path)} reads a file; {@code source} names it in messages. */
    public static Scenario parse(String json, String source) {
        return of(tree(() -> Json.MAPPER.createParser(json), source), source);
    }

    private static JsonNode tree(Source source, String name) {
        JsonParser parser = null;
        try {
            parser = source.open();
            JsonNode root = TREE_READER.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw new ScenarioFormatException(name + ": malformed JSON: more text after the end of the JSON value"
                        + at(parser.currentTokenLocation()));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw new ScenarioFormatException(name + ": exceeds a reading limit (docs/limits.md): "
                    + e.getOriginalMessage().replaceAll(", from `[^`]*`\\)", ")") + at(e, parser));
        } catch (JacksonException e) {
            throw new ScenarioFormatException(name + ": malformed JSON: " + e.getOriginalMessage() + at(e, parser));
        } catch (IOException e) {
            throw new ScenarioFormatException(name + ": cannot read: " + e.getMessage());
        } finally {
            close(parser);
        }
    }

    private static void close(JsonParser parser) {
        try {
            if (parser != null) {
                parser.close();
            }
        } catch (IOException e) {
            // closing a source that was read, or failed to be, changes nothing about the outcome
        }
    }

    /** Where reading stopped: the exception's location, or the parser's when the exception has none. */
    private static String at(JacksonException e, JsonParser parser) {
        return at(e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation());
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * A scenario from parsed JSON; {@code source} names it in messages. A case has only the fields
     * {@code id}, {@code kind}, {@code input} and {@code expect}; its id and kind are strings, unique ids in the file.
     */
    public static Scenario of(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new ScenarioFormatException(source + ": a scenario file is a JSON object");
        }
        if (!root.path("contract").isObject()) {
            throw new ScenarioFormatException(source + ": contract: required, a JSON object");
        }
        if (!root.path("cases").isArray()) {
            throw new ScenarioFormatException(source + ": cases: required, a JSON array");
        }
        if (root.has("name") && !root.get("name").isTextual()) {
            throw new ScenarioFormatException(source + ": name: must be a string (was " + Json.brief(root.get("name"))
                    + ")");
        }
        List<Case> cases = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode c : root.get("cases")) {
            String at = source + ": cases[" + cases.size() + "]";
            if (!c.isObject()) {
                throw new ScenarioFormatException(at + ": a case is a JSON object (was " + Json.brief(c) + ")");
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = c.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!CaseParser.CASE_FIELDS.contains(field.getKey())) {
                    throw new ScenarioFormatException(at + "." + field.getKey()
                            + ": unknown field of a case; fields: id, kind, input, expect");
                }
                String problem = CaseParser.shapeProblem(field.getKey(), field.getValue().asToken());
                if (problem != null) {
                    throw new ScenarioFormatException(at + "." + field.getKey() + ": " + problem + " (was "
                            + Json.brief(field.getValue()) + ")");
                }
            }
            String id = c.has("id") ? c.get("id").asText() : null;
            if (id != null && !ids.add(id)) {
                throw new ScenarioFormatException(at + ".id: duplicate case id " + Json.brief(c.get("id")));
            }
            cases.add(new Case(id, cases.size(), c.path("kind").asText(""), c.get("input"), c.get("expect")));
        }
        return new Scenario(root.path("name").asText(source), source, root.get("contract"), cases);
    }
}
