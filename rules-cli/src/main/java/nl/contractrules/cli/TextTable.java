package nl.contractrules.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.contractrules.api.Decision;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.report.Target;
import nl.contractrules.report.Verdict;

/**
 * The decisions of a scenario as lines a person reads: case, the fields decided (nulls left out), for an incident
 * with a deadline whether each target was met (COMMON.MET), rules, flags.
 * Columns are as wide as the scenario's longest id and kind (at most {@link #MAX_WIDTH}; longer ones are cut), and
 * control characters from the file are escaped.
 */
final class TextTable {
    /** The widest an id or kind column grows. */
    static final int MAX_WIDTH = 40;
    private static final Set<String> LISTS = Set.of("rules", "citations", "flags");

    private TextTable() {
    }

    static void print(PrintWriter out, Scenario scenario, List<ScenarioRunner.Result> results) {
        out.println(Printable.of("== " + scenario.name() + " (" + scenario.source() + ")"));
        int idWidth = 1;
        int kindWidth = 1;
        for (ScenarioRunner.Result result : results) {
            idWidth = Math.max(idWidth, cell(result.scenarioCase().label()).length());
            kindWidth = Math.max(kindWidth, cell(result.scenarioCase().kind()).length());
        }
        String indent = " ".repeat(idWidth + kindWidth + 1);
        for (ScenarioRunner.Result result : results) {
            JsonNode json = result.toJson();
            out.print(pad(cell(result.scenarioCase().label()), idWidth) + " "
                    + pad(cell(result.scenarioCase().kind()), kindWidth));
            if (json.path("error").asBoolean()) {
                out.println(" REJECTED  " + Printable.of(json.path("message").asText()));
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
            out.println(Printable.of(fields.toString()));
            if (result.outcome() instanceof Decision<?> decision && decision.kind() == CaseKind.INCIDENT) {
                Decision<Incident> d = decision.as(Incident.class);
                String targets = Stream.of(target("response", Target.RESPONSE.verdict(d),
                                d.get(IncidentFields.RESPONSE_ELAPSED_MINUTES)),
                        target("repair", Target.REPAIR.verdict(d), d.get(IncidentFields.REPAIR_ELAPSED_MINUTES)))
                        .flatMap(Optional::stream).collect(Collectors.joining(", "));
                if (!targets.isEmpty()) {
                    out.println(indent + " targets: " + targets);
                }
            }
            out.println(indent + " rules: " + join(json.path("rules")));
            if (!json.path("flags").isEmpty()) {
                out.println(indent + " flags: " + Printable.of(join(json.path("flags"))));
            }
        }
    }

    /** A target at a glance, e.g. {@code repair MISSED (480 min)}; empty when there is no target. */
    private static Optional<String> target(String name, Verdict verdict, Integer elapsedMinutes) {
        return switch (verdict) {
            case NO_TARGET -> Optional.empty();
            case NOT_MEASURED -> Optional.of(name + " not measured");
            case MET, MISSED -> Optional.of(name + " " + verdict + " (" + elapsedMinutes + " min)");
        };
    }

    /** A value for a column: escaped, and cut to {@link #MAX_WIDTH} characters. */
    private static String cell(String text) {
        String printable = Printable.of(text);
        return printable.length() <= MAX_WIDTH ? printable : printable.substring(0, MAX_WIDTH - 1) + "…";
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    private static String join(JsonNode list) {
        StringBuilder s = new StringBuilder();
        list.forEach(n -> s.append(s.length() == 0 ? "" : ", ").append(n.asText()));
        return s.toString();
    }
}
