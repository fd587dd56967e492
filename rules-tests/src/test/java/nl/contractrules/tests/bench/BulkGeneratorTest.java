package nl.contractrules.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Json;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark input: every line a case under a contract of the contracts file, every regime and kind present. */
class BulkGeneratorTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/scenarios"), Path.of("../examples"));

    @Test
    void generatesCasesUnderKnownContractsAcrossRegimesAndKinds(@TempDir Path dir) throws IOException {
        Path contractsFile = dir.resolve("contracts.json");
        Path casesFile = dir.resolve("cases.jsonl");

        BulkGenerator.generate(ROOTS, contractsFile, casesFile, 5000, 3, new Random(7));

        BulkContracts contracts = BulkContracts.read(contractsFile);
        Set<String> regimes = new HashSet<>();
        Json.MAPPER.readTree(contractsFile.toFile()).forEach(c -> regimes.add(c.get("regime").asText()));
        assertThat(regimes).hasSize(Regime.values().length);
        List<String> lines = Files.readAllLines(casesFile, UTF_8);
        assertThat(lines).hasSize(5000);
        Set<String> kinds = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode c = Json.MAPPER.readTree(line);
            assertThat(contracts.contains(c.get("contract").asText())).as(line).isTrue();
            assertThat(c.get("input").isObject()).as(line).isTrue();
            kinds.add(c.get("kind").asText());
            ids.add(c.get("id").asText());
        }
        assertThat(kinds).hasSize(CaseKind.values().length);
        assertThat(ids).hasSize(5000);
    }
}
