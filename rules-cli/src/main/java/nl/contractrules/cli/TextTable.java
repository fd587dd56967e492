package nl.contractrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;

/** The decisions of a scenario as lines a person reads: case, the fields decided (nulls left out), rules, flags. */
final class TextTable {
    private static final Set<String> LISTS = Set.of("rules", "citations", "flags");

    private TextTable() {
    }

    static void print(PrintWriter out, Scenario scenario, List<ScenarioRunner.Result> results) {
        out.println("== " + scenario.name() + " (" + scenario.source() + ")");
        for (ScenarioRunner.Result result : results) {
            JsonNode json = result.toJson();
            out.printf("%-16s %-12s", result.scenarioCase().id(), result.scenarioCase().kind());
            if (json.path("error").asBoolean()) {
                out.println(" REJECTED  " + json.path("message").asText());
                continue;
            }
            StringBuilder fields = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!LISTS.contains(e.getKey()) && !e.getKey().equals("id") && !e.getKey().equals("kind")
                        && !e.getValue().isNull()) {
                    fields.append(' ').append(e.getKey()).append('=').append(e.getValue().isTextual()
                            ? e.getValue().asText() : e.getValue().toString());
                }
            }
            out.println(fields);
            out.printf("%-29s rules: %s%n", "", join(json.path("rules")));
            if (!json.path("flags").isEmpty()) {
                out.printf("%-29s flags: %s%n", "", join(json.path("flags")));
            }
        }
    }

    private static String join(JsonNode list) {
        StringBuilder s = new StringBuilder();
        list.forEach(n -> s.append(s.length() == 0 ? "" : ", ").append(n.asText()));
        return s.toString();
    }
}
