package nl.contractrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import nl.contractrules.model.CallCase;
import nl.contractrules.model.CallDirection;
import nl.contractrules.model.InvalidInputException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** No value is coerced: a number, date or string of the wrong shape is bad input naming the field and the value. */
class StrictReadingTest {

    private static InvalidInputException refused(String kind, String input) {
        JsonNode node = Scenario.parse("{\"contract\": {\"regime\": \"KPN_EEN\", \"tier\": \"PREMIUM\"}, \"cases\": [{"
                + "\"kind\": \"" + kind + "\", \"input\": " + input + "}]}", "t.json").cases().get(0).input();
        try {
            CaseParser.input(kind, node);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).doesNotContain("java.", "`", "Exception", "nl.contractrules");
            return e;
        }
        throw new AssertionError(kind + " " + input + " was accepted");
    }

    private static AbstractThrowableAssert<?, ?> assertRefused(String kind, String input, String field) {
        InvalidInputException e = refused(kind, input);
        assertThat(e.field()).isEqualTo(field);
        return assertThat(e).hasMessageStartingWith(field + ": ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "incident | {\"reportedAt\": 1732115400} | reportedAt | 1732115400",
            "incident | {\"reportedAt\": 1732115400.5} | reportedAt | 1732115400.5",
            "incident | {\"reportedAt\": \"1732115400\"} | reportedAt | 1732115400",
            "incident | {\"reportedAt\": [2026, 11, 21, 10, 0]} | reportedAt | [2026,11,21,10,0]",
            "change | {\"receivedAt\": 12345, \"changeType\": \"HELP\"} | receivedAt | 12345",
            "termination | {\"noticeDate\": 20000, \"scope\": \"SUBSCRIPTION\"} | noticeDate | 20000",
            "termination | {\"noticeDate\": [2026, 11, 21], \"scope\": \"SUBSCRIPTION\"} | noticeDate | [2026,11,21]",
            "termination | {\"noticeDate\": \"21-11-2026\", \"scope\": \"SUBSCRIPTION\"} | noticeDate | 21-11-2026",
            "work | {\"category\": \"GENERAL\", \"expectedMinutes\": 20.7} | expectedMinutes | 20.7",
            "work | {\"category\": \"GENERAL\", \"actualMinutes\": 20.9} | actualMinutes | 20.9",
            "work | {\"category\": \"GENERAL\", \"actualMinutes\": 20.0} | actualMinutes | 20.0",
            "work | {\"category\": \"GENERAL\", \"onSite\": \"true\"} | onSite | true",
            "work | {\"category\": \"GENERAL\", \"onSite\": 1} | onSite | 1",
            "work | {\"category\": 0} | category | 0",
            "contacts | {\"namedContacts\": 10.5} | namedContacts | 10.5",
            "contacts | {\"namedContacts\": \"10\"} | namedContacts | 10",
            "contacts | {\"namedContacts\": 99999999999} | namedContacts | 99999999999",
            "event | {\"eventStart\": \"2026-01-01\", \"eventEnd\": \"2026-01-02\", \"confirmedAt\": \"2025-12-01\","
                    + " \"solutions\": 1.5} | solutions | 1.5",
            "training | {\"participants\": 5, \"module\": \"1\"} | module | 1",
            "escalation | {\"currentStep\": \"2\", \"resolvedSatisfactorily\": false} | currentStep | 2",
            "usage | {\"costs\": \"10.00\", \"warningLimit\": 50, \"blockingLimit\": 100} | costs | 10.00",
            "call | {\"number\": 31201234567} | number | 31201234567",
            "call | {\"number\": \"0612345678\", \"direction\": \"SIDEWAYS\"} | direction | SIDEWAYS",
            "call | {\"number\": \"0612345678\", \"direction\": 1} | direction | 1",
            "call | {\"number\": \"0612345678\", \"abroad\": \"yes\"} | abroad | yes",
            "call | {\"number\": \"0612345678\", \"abroad\": 1} | abroad | 1",
            "location | {\"country\": true} | country | true",
            "availability | {\"periodStart\": \"2026-11-01T00:00:00+01:00\", \"periodEnd\": "
                    + "\"2026-12-01T00:00:00+01:00\", \"outages\": \"none\"} | outages | none",
    })
    void aValueOfTheWrongShapeIsRefusedNamingFieldAndValue(String kind, String input, String field, String value) {
        assertRefused(kind, input, field).hasMessageContaining(value);
    }

    @Test
    void optionsOfTheWrongShapeNameNoJavaType() {
        assertThatThrownBy(() -> CaseParser.contract(Json.MAPPER.readTree(
                "{\"regime\": \"KPN_EEN\", \"tier\": \"PREMIUM\", \"options\": \"X\"}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("contract.options: expected a JSON array (was \"X\")");
        assertThatThrownBy(() -> CaseParser.contract(Json.MAPPER.readTree(
                "{\"regime\": \"KPN_EEN\", \"tier\": \"PREMIUM\", \"termMonths\": \"36\"}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("contract.termMonths: expected a whole number (was \"36\")");
    }

    @Test
    void anEntryOfAListIsNamedByItsPosition() {
        String period = "{\"periodStart\": \"2026-11-01T00:00:00+01:00\", \"periodEnd\": \"2026-12-01T00:00:00+01:00\","
                + " \"outages\": %s}";
        assertRefused("availability", period.formatted("[null]"), "outages[0]").hasMessageNotContaining("Null");
        assertRefused("availability", period.formatted("[{\"start\": \"2026-11-02T10:00:00+01:00\","
                + " \"end\": \"2026-11-02T11:00:00+01:00\"}, {\"start\": \"2026-11-03T10:00:00+01:00\","
                + " \"end\": \"2026-11-02T11:00:00+01:00\"}]"), "outages[1].end");
        assertRefused("availability", period.formatted("[{\"start\": 5, \"end\": \"2026-11-02T11:00:00+01:00\"}]"),
                "outages[0].start").hasMessageContaining("5");
        assertRefused("availability", period.formatted("[{\"end\": \"2026-11-02T11:00:00+01:00\"}]"),
                "outages[0].start").hasMessageContaining("required");
    }

    @Test
    void anUnknownFieldIsNamed() {
        assertRefused("incident", "{\"reportedAt\": \"2026-11-21T10:00:00+01:00\", \"reportedOn\": 1}", "reportedOn")
                .hasMessageContaining("unknown field 'reportedOn'");
    }

    @Test
    void aCallIsMadeAtHomeUnlessItSaysOtherwise() throws Exception {
        assertThat(CaseParser.input("call", Json.MAPPER.readTree("{\"number\": \"0612345678\"}")))
                .isEqualTo(new CallCase("0612345678", CallDirection.OUTGOING, false));
        assertThat(CaseParser.input("call", Json.MAPPER.readTree(
                "{\"number\": \"0612345678\", \"direction\": \"INCOMING\", \"abroad\": true}")))
                .isEqualTo(new CallCase("0612345678", CallDirection.INCOMING, true));
        assertRefused("call", "{\"number\": \"0612345678\", \"direction\": \"IN\"}", "direction")
                .hasMessageContaining("OUTGOING, INCOMING");
    }

    @Test
    void wellFormedValuesAreStillRead() throws Exception {
        assertThat(CaseParser.input("work", Json.MAPPER.readTree(
                "{\"category\": \"GENERAL\", \"expectedMinutes\": 20, \"performedAt\": \"2026-11-21T10:00:00Z\"}")))
                .hasToString("WorkItem[category=GENERAL, expectedMinutes=20, actualMinutes=null, "
                        + "performedAt=2026-11-21T11:00+01:00[Europe/Amsterdam], onSite=false]");
        assertThat(CaseParser.contract(Json.MAPPER.readTree("{\"regime\": \"CONNECT_1\", \"monthlyFee\": 12,"
                + " \"start\": \"2025-01-01\", \"termMonths\": 36}")).monthlyFee()).isEqualByComparingTo("12");
    }
}
