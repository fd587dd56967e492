package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.contractrules.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code terms}: every contract number with its rulebook ID, value, unit, the seed's words and its file and line. */
class TermsCommandTest {

    @Test
    void aRegimesNumbersAsATable() {
        Cli run = Cli.run("terms", "--regime", "KPN_EEN");

        assertThat(run.exit()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("REGIME").contains("RULEBOOK ID", "TERM", "VALUE", "UNIT", "WHERE",
                "SEED SAYS");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("KPN_EEN").contains("KPN.LT.1",
                "fibreLeadTimeWeeks", " 20 ", " weeks ", "kpneen/terms.data.csv:",
                "\"Levertijd Glasvezelverbinding is 20 weken na inleg van de opdracht\""));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("KPN.RT.1, KPN.RT.2",
                "KPN.RT.1 STANDAARD: repaired within office hours", " 480 ", "kpneen/sla-levels.csv:"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("officeHours",
                "CBG_OFFICE (calendars.properties:", "MON-FRI 08:30-17:00"));
        assertThat(lines.subList(1, lines.size() - 1)).allSatisfy(l -> assertThat(l).startsWith("KPN_EEN "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo((lines.size() - 2) + " contract numbers");
    }

    @Test
    void everyRegimeHasNumbersAndEachIsOnTheLineItNames() throws IOException {
        JsonNode terms = Json.MAPPER.readTree(Cli.run("terms", "--format", "json").out());

        assertThat(StreamSupport.stream(terms.spliterator(), false).map(t -> t.get("regime").asText()).distinct())
                .containsExactlyInAnyOrder("CONNECT_SECURE_365", "CONNECT_1", "WEBSITENAZORG_O365",
                        "MICROSOFT_UNIFIED", "KPN_EEN");
        for (JsonNode term : terms) {
            Path file = Path.of("../rules-drl/src/main/resources/contract-rules", term.get("file").asText());
            String line = Files.readAllLines(file, UTF_8).get(term.get("line").asInt() - 1);
            assertThat(line).as(term.toString()).contains(term.get("ruleId").asText(), term.get("value").asText());
            assertThat(term.get("unit").asText()).as(term.toString()).isNotBlank();
        }
    }

    @Test
    void theNumbersOfAnEditedDirectoryWhereTheAnalystEditsThem(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("my-rules");
        Cli.run("export-rules", rules);
        Path terms = rules.resolve("kpneen/terms.data.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(terms, UTF_8));
        lines.replaceAll(l -> l.startsWith("fibreLeadTimeWeeks,") ? l.replace(",,,20,,,,,", ",,,22,,,,,") : l);
        Files.write(terms, lines, UTF_8);

        JsonNode fibre = StreamSupport.stream(Json.MAPPER.readTree(Cli.run("terms", "--rules", rules, "--regime",
                "KPN_EEN", "--format", "json").out()).spliterator(), false)
                .filter(t -> t.get("term").asText().equals("fibreLeadTimeWeeks")).findFirst().orElseThrow();

        assertThat(fibre.get("value").asText()).isEqualTo("22");
        assertThat(fibre.get("file").asText()).isEqualTo(rules.resolve("kpneen/terms.data.csv").toString());
        assertThat(lines.get(fibre.get("line").asInt() - 1)).startsWith("fibreLeadTimeWeeks,");
    }

    @Test
    void anUnknownRegimeFormatOrDirectoryIsRefused(@TempDir Path dir) {
        Cli regime = Cli.run("terms", "--regime", "KPN");
        Cli format = Cli.run("terms", "--format", "xml");
        Cli missing = Cli.run("terms", "--rules", dir.resolve("absent"));

        assertThat(regime.exit()).isEqualTo(2);
        assertThat(regime.err()).contains("KPN is no regime", "KPN_EEN");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("text or json");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("does not exist");
    }
}
