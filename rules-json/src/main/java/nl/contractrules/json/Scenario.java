package nl.contractrules.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario file: one contract and the cases to evaluate against it, each with its optional expectation
 * ({@code docs/scenarios.md}). The contract and inputs stay JSON until evaluated, so that one bad case
 * is reported on its own while the others are still decided.
 */
public record Scenario(String name, String source, JsonNode contract, List<Case> cases) {

    /** One case: {@code id}, {@code kind}, {@code input} and {@code expect} as written in the file. */
    public record Case(String id, String kind, JsonNode input, JsonNode expect) {
    }

    /** Reads a scenario file; a file that is not JSON or lacks the scenario's shape is a {@link ScenarioFormatException}. */
    public static Scenario read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new ScenarioFormatException(file + ": malformed JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new ScenarioFormatException(file + ": cannot read: " + e.getMessage());
        }
        return of(root, file.toString());
    }

    /** A scenario from parsed JSON; {@code source} names it in messages. */
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
        List<Case> cases = new ArrayList<>();
        int n = 0;
        for (JsonNode c : root.get("cases")) {
            n++;
            cases.add(new Case(c.path("id").asText("#" + n), c.path("kind").asText(""), c.get("input"),
                    c.get("expect")));
        }
        return new Scenario(root.path("name").asText(source), source, root.get("contract"), cases);
    }
}
