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
import java.util.stream.Stream;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.BulkLines;
import nl.contractrules.json.Json;
import nl.contractrules.json.JsonLines;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark inputs: every line a case under a contract of the contracts file, every regime and kind present; the
 * export's mix mostly incidents of every regime, most of them with response and resolution times, every case decided.
 */
class BulkGeneratorTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/test/resources/scenarios"), Path.of("../examples"));
    private static final String CONTRACTS = "contracts.json";
    private static final String CASES = "cases.jsonl";

    /** Writes {@code count} cases of the mix into the directory and reads its contracts back. */
    private static BulkContracts generate(Path dir, int count, int copies, long seed, BulkGenerator.Mix mix)
            throws IOException {
        BulkGenerator.generate(ROOTS, dir.resolve(CONTRACTS), dir.resolve(CASES), count, copies, new Random(seed), mix);
        return BulkContracts.read(dir.resolve(CONTRACTS));
    }

    @Test
    void generatesCasesUnderKnownContractsAcrossRegimesAndKinds(@TempDir Path dir) throws IOException {
        BulkContracts contracts = generate(dir, 5000, 3, 7, BulkGenerator.Mix.ALL);

        Set<String> regimes = new HashSet<>();
        Json.MAPPER.readTree(dir.resolve(CONTRACTS).toFile()).forEach(c -> regimes.add(c.get("regime").asText()));
        assertThat(regimes).hasSize(Regime.values().length);
        List<String> lines = Files.readAllLines(dir.resolve(CASES), UTF_8);
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

    @Test
    void incidentMixIsMostlyTimedIncidentsOfEveryRegimeAllDecided(@TempDir Path dir) throws IOException {
        BulkContracts contracts = generate(dir, 3000, 4, 11, BulkGenerator.Mix.INCIDENTS);

        assertThat(Json.MAPPER.readTree(dir.resolve(CONTRACTS).toFile()).size()).as("contracts")
                .isGreaterThanOrEqualTo(200);
        ContractRules rules = ContractRules.bundled();
        int incidents = 0;
        int responded = 0;
        int resolved = 0;
        Set<Regime> incidentRegimes = new HashSet<>();
        Set<String> respondedAt = new HashSet<>();
        try (Stream<JsonLines.Line> lines = JsonLines.lines(Files.newInputStream(dir.resolve(CASES)),
                JsonLines.DEFAULT_MAX_LINE)) {
            for (JsonLines.Line line : (Iterable<JsonLines.Line>) lines::iterator) {
                BulkCase c = BulkLines.read(line, contracts);
                assertThat(c.readable()).as(c.id()).isTrue();
                Outcome<?> outcome = rules.evaluate(c.contract(), c.input());
                assertThat(outcome).as(c.id()).isInstanceOf(Decision.class);
                if (c.input().kind() == CaseKind.INCIDENT) {
                    incidents++;
                    incidentRegimes.add(c.contract().regime());
                    JsonNode input = Json.MAPPER.readTree(line.bytes()).get("input");
                    if (input.has("respondedAt")) {
                        responded++;
                        respondedAt.add(input.get("respondedAt").asText());
                    }
                    resolved += input.has("resolvedAt") ? 1 : 0;
                }
            }
        }
        assertThat(incidents).as("incidents of 3000").isGreaterThanOrEqualTo(2400);
        assertThat(incidentRegimes).containsExactlyInAnyOrder(Regime.values());
        assertThat(responded).as("incidents with a respondedAt").isGreaterThan(incidents * 3 / 4);
        assertThat(resolved).as("incidents with a resolvedAt").isGreaterThan(incidents * 2 / 3);
        assertThat(respondedAt).as("distinct response times").hasSizeGreaterThan(responded / 2);
    }
}
