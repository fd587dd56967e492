package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.model.CallCase;
import nl.contractrules.model.CallDirection;
import nl.contractrules.model.Incident;
import nl.contractrules.model.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading case lines and the contracts file, rendering result lines. */
class BulkLinesTest {
    private static final BulkContracts CONTRACTS = BulkContracts.of(Json.MAPPER.createArrayNode()
            .add(Json.MAPPER.createObjectNode().put("id", "WN-1").put("regime", "WEBSITENAZORG_O365"))
            .add(Json.MAPPER.createObjectNode().put("id", "WN-BAD").put("regime", "WEBSITENAZORG_O365")
                    .put("tier", "PREMIUM")), "contracts.json");

    private static BulkCase read(String line) {
        return read(line, 7);
    }

    private static BulkCase read(String line, long number) {
        byte[] bytes = line.getBytes(UTF_8);
        return BulkLines.read(new JsonLines.Line(number, bytes, bytes.length), CONTRACTS);
    }

    @Test
    void aCaseLineIsReadUnderItsContract() {
        BulkCase c = read("""
                {"id": "t-1", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}}""");

        assertThat(c.readable()).isTrue();
        assertThat(c.id()).isEqualTo("t-1");
        assertThat(c.contractId()).isEqualTo("WN-1");
        assertThat(c.kind()).isEqualTo("incident");
        assertThat(c.contract().regime()).isEqualTo(Regime.WEBSITENAZORG_O365);
        assertThat(c.input()).isInstanceOf(Incident.class);
    }

    @Test
    void aScenarioCaseWithItsExpectationIsReadAndAMissingIdIsTheLineNumber() {
        BulkCase c = read("""
                {"contract": "WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}, "expect": {"calamity": true}}""");

        assertThat(c.readable()).isTrue();
        assertThat(c.id()).isEqualTo("#7");
    }

    @Test
    void theOrderOfALinesFieldsDoesNotMatter() {
        BulkCase inOrder = read("""
                {"id": "t-1", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00", "cause": "UNKNOWN"}}""");
        BulkCase inputFirst = read("""
                {"input": {"cause": "UNKNOWN", "reportedAt": "2026-11-23T10:00:00+01:00"}, "kind": "incident", "contract": "WN-1", "id": "t-1"}""");

        assertThat(inputFirst.readable()).isTrue();
        assertThat(inputFirst.id()).isEqualTo(inOrder.id());
        assertThat(inputFirst.input()).isEqualTo(inOrder.input());
    }

    @Test
    void aCallLineSaysWhichWayTheCallWentAndWhereTheSubscriberWas() {
        BulkCase plain = read("""
                {"id": "c-1", "contract": "WN-1", "kind": "call", "input": {"number": "0612345678"}}""");
        BulkCase abroad = read("""
                {"id": "c-2", "contract": "WN-1", "kind": "call", "input": {"number": "0612345678", "direction": "INCOMING", "abroad": true}}""");
        BulkCase inputFirst = read("""
                {"input": {"abroad": true, "direction": "INCOMING", "number": "0612345678"}, "kind": "call", "contract": "WN-1", "id": "c-2"}""");

        assertThat(plain.input()).isEqualTo(new CallCase("0612345678", CallDirection.OUTGOING, false));
        assertThat(abroad.input()).isEqualTo(new CallCase("0612345678", CallDirection.INCOMING, true));
        assertThat(inputFirst.input()).isEqualTo(abroad.input());
    }

    @Test
    void aCallLineWithABadDirectionOrAbroadNamesTheField() {
        BulkCase direction = read("""
                {"id": "c-1", "contract": "WN-1", "kind": "call", "input": {"number": "0612345678", "direction": "SIDEWAYS"}}""");
        BulkCase abroad = read("""
                {"id": "c-2", "contract": "WN-1", "kind": "call", "input": {"number": "0612345678", "abroad": "yes"}}""");

        assertThat(direction.problem().field()).isEqualTo("direction");
        assertThat(direction.problem().getMessage()).contains("SIDEWAYS", "OUTGOING, INCOMING");
        assertThat(abroad.problem().field()).isEqualTo("abroad");
        assertThat(abroad.problem().getMessage()).contains("yes", "true or false");
        assertThat(direction.id()).isEqualTo("c-1");
    }

    @Test
    void aWellFormedCaseWithADuplicateKeyOrTrailingTextIsUnreadable() {
        assertThat(read("""
                {"id": "t-1", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00", "reportedAt": "2026-11-23T11:00:00+01:00"}}""")
                .problem().getMessage()).startsWith("line: not valid JSON: Duplicate field 'reportedAt'");
        assertThat(read("""
                {"id": "t-1", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}} {}""")
                .problem().getMessage()).startsWith("line: not valid JSON");
        assertThat(read("""
                {"id": "t-1", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": 1700000000}}""")
                .problem().field()).isEqualTo("reportedAt");
    }

    @Test
    void badLinesAreUnreadableNamingTheProblem() {
        assertThat(read("{\"id\": \"t\", \"contract\": ").problem().getMessage()).startsWith("line: not valid JSON");
        assertThat(read("{\"id\": \"t\"} {\"id\": \"u\"}").problem().getMessage()).startsWith("line: not valid JSON");
        assertThat(read("[1, 2]").problem().getMessage()).isEqualTo("line: a case is a JSON object");
        assertThat(read("").problem().field()).isEqualTo("line");
        assertThat(read("\"\u00ff").problem().field()).isEqualTo("line");
    }

    @Test
    void anInvalidUtf8LineIsUnreadable() {
        byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, '"', '}'};
        BulkCase c = BulkLines.read(new JsonLines.Line(1, bytes, bytes.length), CONTRACTS);

        assertThat(c.readable()).isFalse();
        assertThat(c.problem().field()).isEqualTo("line");
    }

    @Test
    void aTooLongLineIsUnreadable() {
        BulkCase c = BulkLines.read(new JsonLines.Line(3, null, 5_000_000), CONTRACTS);

        assertThat(c.problem().field()).isEqualTo("line");
        assertThat(c.problem().getMessage()).contains("5000000 bytes").contains("line limit");
    }

    @Test
    void anUnknownOrMissingContractIsUnreadableWithTheCaseNamed() {
        BulkCase unknown = read("""
                {"id": "t-2", "contract": "NOPE", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}}""");
        assertThat(unknown.problem().field()).isEqualTo("contract");
        assertThat(unknown.problem().getMessage()).contains("unknown contract").contains("NOPE");
        assertThat(unknown.id()).isEqualTo("t-2");
        assertThat(unknown.contractId()).isEqualTo("NOPE");
        assertThat(unknown.kind()).isEqualTo("incident");

        assertThat(read("{\"id\": \"t-3\", \"kind\": \"incident\", \"input\": {}}").problem().field())
                .isEqualTo("contract");
        assertThat(read("{\"id\": \"t-3\", \"contract\": 5, \"kind\": \"incident\", \"input\": {}}").problem().field())
                .isEqualTo("contract");
    }

    @Test
    void aCaseUnderAnInvalidContractGetsTheContractsProblem() {
        BulkCase c = read("""
                {"id": "t-4", "contract": "WN-BAD", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}}""");

        assertThat(c.problem().field()).isEqualTo("contract.tier");
    }

    @Test
    void badInputAndUnknownFieldsAreUnreadable() {
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": "yesterday"}}""")
                .problem().field()).isEqualTo("reportedAt");
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "nonsense", "input": {}}""").problem().field()).isEqualTo("kind");
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "incident", "input": {}, "priority": 1}""")
                .problem().field()).isEqualTo("priority");
    }

    @Test
    void aCaseFieldOfTheWrongTypeIsRefusedAsAScenarioFileRefusesIt() {
        BulkCase numericId = read("""
                {"id": 5, "contract": "WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}}""");
        assertThat(numericId.problem()).hasMessage("id: must be a string (was 5)");
        assertThat(numericId.id()).isEqualTo("#7");
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": 5, "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}}""")
                .problem()).hasMessage("kind: must be a string (was 5)");
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}, "expect": [1]}""")
                .problem()).hasMessage("expect: must be a JSON object (was [1])");
    }

    @Test
    void anInputBeforeItsKindIsReadAsAnyOther() {
        BulkCase inputFirst = read("""
                {"input": {"reportedAt": 5}, "id": "t-9", "contract": "WN-1", "kind": "incident"}""");

        assertThat(inputFirst.problem()).hasMessageStartingWith("reportedAt: expected a date-time string");
        assertThat(inputFirst.id()).isEqualTo("t-9");
        assertThat(inputFirst.kind()).isEqualTo("incident");
    }

    @Test
    void aBadInputIsNamedWithItsValueAndTheFieldsAfterItStillLabelTheCase() {
        BulkCase c = read("""
                {"contract": "WN-1", "kind": "incident", "input": {"outageStart": "2026-11-23T10:00:00+01:00", "reportedAt": "yesterday", "cause": "UNKNOWN"}, "id": "late-id"}""");

        assertThat(c.problem()).hasMessage("reportedAt: expected a date-time string with an offset or a zone, such as "
                + "2026-11-21T10:00:00+01:00 or 2026-11-21T10:00:00[Europe/Amsterdam] (was \"yesterday\")");
        assertThat(c.id()).isEqualTo("late-id");
    }

    @Test
    void textThatIsNotJsonIsNamedBeforeAnyFieldEvenAfterABadInput() {
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": 5, "cause": tru}}""")
                .problem().getMessage()).startsWith("line: not valid JSON: Unrecognized token 'tru'");
        assertThat(read("""
                {"id": "t", "contract": "NOPE", "kind": "incident", "input": {"outages": [{"start": 5, tru}]}}""")
                .problem().getMessage()).startsWith("line: not valid JSON");
        assertThat(read("""
                {"id": "t", "contract": "NOPE", "kind": "incident", "input": {"reportedAt": 5}, "id": "u"}""")
                .problem().getMessage()).startsWith("line: not valid JSON: Duplicate field 'id'");
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "incident", "input": {"reportedAt": 5}} {}""")
                .problem()).hasMessage("line: not valid JSON: more text after the case at column 81");
    }

    @Test
    void theContractIsNamedBeforeTheKindAndTheInput() {
        assertThat(read("""
                {"id": "t", "contract": "NOPE", "kind": "incident", "input": {"reportedAt": 5}}""").problem().field())
                .isEqualTo("contract");
        assertThat(read("""
                {"id": "t", "contract": "NOPE", "kind": "nonsense", "input": {}}""").problem().field())
                .isEqualTo("contract");
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "nonsense", "input": 5}""").problem().field())
                .isEqualTo("kind");
        assertThat(read("""
                {"id": "t", "contract": "WN-1", "kind": "incident", "input": 5}""").problem())
                .hasMessage("input: required, a JSON object (was 5)");
    }

    @Test
    void theContractsFileNeedsUniqueIds() {
        assertThatThrownBy(() -> BulkContracts.of(Json.MAPPER.readTree("""
                [{"id": "A", "regime": "CONNECT_1"}, {"id": "A", "regime": "CONNECT_1"}]"""), "c.json"))
                .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("\"A\" is used twice");
        assertThatThrownBy(() -> BulkContracts.of(Json.MAPPER.readTree("[{\"regime\": \"CONNECT_1\"}]"), "c.json"))
                .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("contract 1");
        assertThatThrownBy(() -> BulkContracts.of(Json.MAPPER.readTree("{\"id\": \"A\"}"), "c.json"))
                .isInstanceOf(ScenarioFormatException.class).hasMessageContaining("JSON array");
    }

    @Test
    void aRejectedResultLineNamesItsLineAndKeepsTheErrorFieldsOfEvaluate() {
        BulkCase c = read("{\"id\": \"t\", \"contract\": \"NOPE\", \"kind\": \"incident\", \"input\": {}}");
        BulkResult result = TinyRules.decide(c).get(0);

        ObjectNode line = BulkLines.toJson(result, false);

        assertThat(List.copyOf(iterable(line))).containsExactly("id", "contract", "kind", "line", "error", "field",
                "message",
                "rejection");
        assertThat(line.get("line").asLong()).isEqualTo(result.position());
        assertThat(line.get("error").asBoolean()).isTrue();
        assertThat(line.get("field").asText()).isEqualTo("contract");
    }

    @Test
    void aResultLineIsItsJsonInAsciiOnOneLine() {
        BulkCase c = read("{\"id\": \"caf\u00e9\\n1\", \"contract\": \"NOPE\", \"kind\": \"incident\", \"input\": {}}");
        BulkResult result = TinyRules.decide(c).get(0);

        String line = BulkLines.line(result, false);

        assertThat(line).startsWithIgnoringCase("{\"id\":\"caf\\u00E9\\n1\",\"contract\":\"NOPE\"").doesNotContain("\n");
        assertThat(line.chars()).allMatch(ch -> ch < 128);
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theMessageOfABadLineDoesNotQuoteTheLine() {
        BulkCase c = read("{\"id\": \"" + "x".repeat(100_000) + "\", ");

        assertThat(c.problem().getMessage()).startsWith("line: not valid JSON").hasSizeLessThan(400);
    }

    @Test
    void aContractsFileIsToldFromAScenarioFile(@TempDir Path dir) throws IOException {
        assertThat(BulkContracts.isContractsFile(Files.writeString(dir.resolve("c.json"), "\n  [{\"id\": \"A\"}]")))
                .isTrue();
        assertThat(BulkContracts.isContractsFile(Files.writeString(dir.resolve("s.json"), "{\"cases\": []}")))
                .isFalse();
        assertThat(BulkContracts.isContractsFile(dir.resolve("missing.json"))).isFalse();
    }
}
