package nl.contractrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A scenario file that is not well-formed, too large or too deep is refused as a whole, naming what is wrong. */
class ScenarioReadingTest {
    private static final String CONTRACT = "\"contract\": {\"regime\": \"CONNECT_SECURE_365\", \"tier\": \"BASIS\"}";

    private static void refused(String json, String... parts) {
        assertThatThrownBy(() -> Scenario.parse(json, "f.json")).isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith("f.json: ").hasMessageContainingAll(parts)
                .hasMessageNotContaining("`").hasMessageNotContaining("java.");
    }

    @Test
    void aDocumentNested10000LevelsDeepIsRefusedNamingTheLimit() {
        refused("[".repeat(10_000) + "]".repeat(10_000), "nesting depth", "(" + Json.MAX_DEPTH + ")");
        refused("{" + CONTRACT + ", \"cases\": [{\"kind\": \"incident\", \"input\": " + "{\"a\": ".repeat(10_000)
                + "1" + "}".repeat(10_001) + "]}", "nesting depth", "line 1");
    }

    @Test
    void aStringOverTheLimitIsRefusedNamingTheLimit() {
        refused("{" + CONTRACT + ", \"cases\": [], \"name\": \"" + "x".repeat(Json.MAX_STRING_LENGTH + 1) + "\"}",
                "String value length", "(" + Json.MAX_STRING_LENGTH + ")");
    }

    @Test
    void aFileOverTheLimitIsRefusedAsAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.json");
        Files.writeString(file, "{" + CONTRACT + ", \"cases\": [" + ("\"" + "x".repeat(90_000) + "\",").repeat(250) + "{}]}");
        assertThatThrownBy(() -> Scenario.read(file)).isInstanceOf(ScenarioFormatException.class)
                .hasMessageStartingWith(file + ": exceeds a reading limit").hasMessageContaining("20000000");
    }

    @Test
    void textAfterTheDocumentIsRefused() {
        String document = "{" + CONTRACT + ", \"cases\": []} ";
        refused(document + "{\"more\": 1}", "more text after the end",
                "at line 1, column " + (document.length() + 1));
        refused("{" + CONTRACT + ", \"cases\": []} garbage", "malformed JSON");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        refused("{\"contract\": {\"regime\": \"CONNECT_1\", \"regime\": \"KPN_EEN\"}, \"cases\": []}", "regime",
                "line 1");
    }

    @Test
    void duplicateCaseIdsAreRefused() {
        refused("{" + CONTRACT + ", \"cases\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]}",
                "cases[2].id: duplicate case id \"a\"");
    }

    @Test
    void aCaseIsAnObjectWithStringIdAndKind() {
        refused("{" + CONTRACT + ", \"cases\": [5]}", "cases[0]: a case is a JSON object (was 5)");
        refused("{" + CONTRACT + ", \"cases\": [{\"id\": 7}]}", "cases[0].id: must be a string (was 7)");
        refused("{" + CONTRACT + ", \"cases\": [{\"kind\": []}]}", "cases[0].kind: must be a string (was [])");
        refused("{" + CONTRACT + ", \"cases\": [{\"expect\": true}]}", "cases[0].expect: must be a JSON object");
    }

    @Test
    void aCaseFieldTheFormatDoesNotHaveIsRefusedSoThatAMisspeltExpectationCannotPass() {
        refused("{" + CONTRACT + ", \"cases\": [{\"id\": \"a\", \"kind\": \"incident\", \"input\": {},"
                + " \"expcet\": {\"calamity\": true}}]}",
                "cases[0].expcet: unknown field of a case; fields: id, kind, input, expect");
    }

    @Test
    void aCaseWithoutIdIsNamedByItsPosition() {
        Scenario scenario = Scenario.parse("{" + CONTRACT + ", \"cases\": [{\"id\": \"a\", \"kind\": \"incident\"},"
                + " {\"kind\": \"incident\"}]}", "f.json");
        assertThat(scenario.cases()).extracting(Scenario.Case::label).containsExactly("a", "cases[1]");
        assertThat(scenario.cases().get(1).id()).isNull();
    }

    @Test
    void theOtherCasesOfAFileAreStillDecided() {
        Scenario scenario = Scenario.parse("{" + CONTRACT + ", \"cases\": ["
                + "{\"id\": \"late\", \"kind\": \"incident\", \"input\": {\"reportedAt\": \"9999-12-31T10:00:00Z\"}},"
                + "{\"id\": \"far\", \"kind\": \"incident\", \"input\": {\"reportedAt\": \"+999999999-12-31T10:00:00Z\"}},"
                + "{\"id\": \"ok\", \"kind\": \"incident\", \"input\": {\"reportedAt\": \"2026-11-21T10:00:00+01:00\"}}"
                + "]}", "f.json");
        List<ScenarioRunner.Result> results = new ScenarioRunner(SmallRules.RULES).run(scenario);
        assertThat(results).extracting(ScenarioRunner.Result::outcome)
                .satisfiesExactly(
                        late -> assertThat(((Rejection) late).message()).startsWith("reportedAt: must lie in the years"),
                        far -> assertThat(((Rejection) far).field()).isEqualTo("reportedAt"),
                        ok -> assertThat(ok).isInstanceOf(Decision.class));
    }
}
