package nl.contractrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.contractrules.model.Citation;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Flag;
import nl.contractrules.model.Incident;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.ServiceWindow;
import org.junit.jupiter.api.Test;

/** Outcomes print with the spec's names and values; {@code {"error": true}} expects only a rejected input. */
class OutcomeJsonTest {
    private static final List<String> INCIDENT_FIELDS = CaseKind.INCIDENT.fields().stream().map(f -> f.name()).toList();

    private static JsonNode json(String text) throws Exception {
        return Json.MAPPER.readTree(text);
    }

    @Test
    void aDecisionPrintsItsFieldsBySpecNameWithEnumsAsTheSpecWritesThem() {
        Decision<Incident> d = new Decision<>(CaseKind.INCIDENT, Map.of(IncidentFields.SERVICE_WINDOW,
                ServiceWindow.TWENTY_FOUR_SEVEN, IncidentFields.CALAMITY, true), List.of(RuleId.of("X.1")),
                List.of(new Citation(RuleId.of("X.1"), "s.txt", "1")), List.of(Flag.of("CHECKED")),
                Set.of(Flag.of("CHECKED")));

        ObjectNode node = Json.toJson(d);

        assertThat(node.get("serviceWindow").asText()).isEqualTo("24X7");
        assertThat(node.get("calamity").asBoolean()).isTrue();
        assertThat(node.get("handledFrom").isNull()).isTrue();
        assertThat(node.get("rules").get(0).asText()).isEqualTo("X.1");
        assertThat(node.get("flags").get(0).asText()).isEqualTo("CHECKED");
        assertThat(node.has("error")).isFalse();
    }

    @Test
    void aRejectionPrintsErrorFieldMessageAndItsKind() {
        ObjectNode invalid = Json.toJson(new Rejection.InvalidInput("reportedAt", null, "reportedAt: is required"));
        ObjectNode failed = Json.toJson(new Rejection.RuleFailure("X.2", "X.2 second", new IllegalStateException("twice")));

        assertThat(invalid.get("error").asBoolean()).isTrue();
        assertThat(invalid.get("field").asText()).isEqualTo("reportedAt");
        assertThat(invalid.get("message").asText()).isEqualTo("reportedAt: is required");
        assertThat(invalid.get("rejection").asText()).isEqualTo("INVALID_INPUT");
        assertThat(failed.get("field").asText()).isEqualTo("rules");
        assertThat(failed.get("message").asText()).contains("X.2 second", "twice");
        assertThat(failed.get("rejection").asText()).isEqualTo("RULE_FAILURE");
        assertThat(Json.toJson(new Rejection.UnsupportedKind(Regime.WEBSITENAZORG_O365, CaseKind.CHANGE))
                .get("rejection").asText()).isEqualTo("UNSUPPORTED_KIND");
    }

    @Test
    void anExpectedErrorIsMetByARejectedInputOnly() throws Exception {
        JsonNode expectError = json("{\"error\": true}");

        assertThat(Expectations.check(expectError, Json.toJson(new Rejection.InvalidInput("x", 1, "x: bad")),
                INCIDENT_FIELDS)).isEmpty();
        assertThat(Expectations.check(expectError, Json.toJson(
                new Rejection.UnsupportedKind(Regime.WEBSITENAZORG_O365, CaseKind.CHANGE)), INCIDENT_FIELDS)).isEmpty();
        assertThat(Expectations.check(expectError, Json.toJson(
                new Rejection.NoRuleApplied(Regime.KPN_EEN, CaseKind.INCIDENT)), INCIDENT_FIELDS))
                .singleElement().satisfies(m -> assertThat(m.actual()).contains("rule set"));
        assertThat(Expectations.check(expectError, Json.toJson(
                new Rejection.RuleFailure("X.2", "X.2 second", new IllegalStateException("twice"))), INCIDENT_FIELDS))
                .hasSize(1);
        assertThat(Expectations.check(expectError, Json.toJson(new Rejection.Runaway(Rejection.Runaway.Limit.FIRINGS, 10)), INCIDENT_FIELDS))
                .hasSize(1);
    }

    @Test
    void responseAndResolutionTimesAreIncidentInputs() throws Exception {
        Incident incident = (Incident) CaseParser.input("incident", json("""
                {"reportedAt": "2026-11-23T10:00:00+01:00", "respondedAt": "2026-11-23T10:20:00+01:00",
                 "resolvedAt": "2026-11-23T13:00:00Z"}
                """));

        assertThat(incident.respondedAt()).isEqualTo(ZonedDateTime.parse("2026-11-23T10:20:00+01:00[Europe/Amsterdam]"));
        assertThat(incident.resolvedAt()).isEqualTo(ZonedDateTime.parse("2026-11-23T14:00:00+01:00[Europe/Amsterdam]"));
        assertThatThrownBy(() -> CaseParser.input("incident", json("""
                {"reportedAt": "2026-11-23T10:00:00+01:00", "resolvedAt": "2026-11-23T09:59:00+01:00"}
                """))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("resolvedAt"));
    }
}
