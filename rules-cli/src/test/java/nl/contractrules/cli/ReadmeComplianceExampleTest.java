package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.json.Json;
import org.junit.jupiter.api.Test;

/** The README's compliance example shows the input of its example case and the fields the rules decide for it. */
class ReadmeComplianceExampleTest {
    private static final Path README = Path.of("../README.md");
    private static final Path EXAMPLE = Path.of("../examples/kpn-een.json");
    private static final String CASE = "friday-fault-resolved-monday";

    @Test
    void theReadmeShowsTheExampleCaseAndItsDecision() throws IOException {
        List<String> blocks = jsonBlocks("## Was the target met?");
        assertThat(blocks).hasSize(2);
        JsonNode input = Json.MAPPER.readTree(blocks.get(0));
        JsonNode shown = Json.MAPPER.readTree("{" + blocks.get(1) + "}");

        JsonNode exampleCase = find(Json.MAPPER.readTree(EXAMPLE.toFile()).get("cases"));
        assertThat(input).isEqualTo(exampleCase.get("input"));
        JsonNode decision = find(evaluate().get(0).get("decisions"));
        shown.fields().forEachRemaining(field ->
                assertThat(decision.get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue()));
    }

    private static JsonNode find(JsonNode cases) {
        for (JsonNode c : cases) {
            if (c.path("id").asText().equals(CASE)) {
                return c;
            }
        }
        throw new AssertionError("no case " + CASE + " in " + cases);
    }

    private static JsonNode evaluate() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"evaluate", EXAMPLE.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return Json.MAPPER.readTree(out.toString());
    }

    /** The ```json blocks of the README section with the given heading. */
    private static List<String> jsonBlocks(String heading) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.equals("```json")) {
                block = new StringBuilder();
            } else if (line.equals("```") && block != null) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
