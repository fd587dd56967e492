package nl.contractrules.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import nl.contractrules.json.Json;
import nl.contractrules.model.Availability;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Citation;

/**
 * The report's figures as JSON, for a BI tool: per contract and month the same numbers the HTML shows
 * ({@code docs/report.md} names every field).
 */
public final class ReportJson {
    private ReportJson() {
    }

    public static void write(MonthlyReport report, Writer out) throws IOException {
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("months");
            for (var month : report.months()) {
                g.writeString(month.toString());
            }
            g.writeEndArray();
            MonthlyReport.Totals t = report.totals();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("read", t.read());
            g.writeNumberField("rejected", t.rejected());
            g.writeNumberField("incidents", t.incidents());
            g.writeNumberField("incidentsOutsideMonths", t.incidentsOutside());
            g.writeNumberField("otherCases", t.otherCases());
            g.writeEndObject();
            g.writeArrayFieldStart("contracts");
            for (MonthlyReport.ContractReport c : report.contracts()) {
                contract(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("badLines");
            for (BadLine bad : report.badLines()) {
                g.writeStartObject();
                g.writeNumberField("line", bad.line());
                g.writeStringField("id", bad.id());
                g.writeStringField("contract", bad.contract());
                g.writeStringField("kind", bad.kind());
                g.writeStringField("field", bad.field());
                g.writeStringField("message", bad.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("badLinesNotListed", report.badLinesNotListed());
            g.writeEndObject();
        }
    }

    private static void contract(JsonGenerator g, MonthlyReport.ContractReport c) throws IOException {
        g.writeStartObject();
        g.writeStringField("contract", c.id());
        g.writeStringField("regime", c.regime().name());
        g.writeStringField("tier", c.tier() == null ? null : c.tier().name());
        g.writeArrayFieldStart("months");
        for (MonthlyReport.MonthFigures m : c.months()) {
            month(g, m);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("missedTargets");
        for (MissedTarget missed : c.missed()) {
            g.writeStartObject();
            g.writeStringField("id", missed.caseId());
            g.writeNumberField("line", missed.position());
            g.writeStringField("target", missed.target().jsonName());
            g.writeObjectField("reportedAt", missed.reportedAt());
            g.writeObjectField("deadline", missed.deadline());
            g.writeObjectField(missed.target().momentField(), missed.moment());
            g.writeObjectField("elapsedMinutes", missed.elapsedMinutes());
            g.writeObjectField("targetMinutes", missed.targetMinutes());
            g.writeObjectField("minutesOver", missed.minutesOver());
            Json.writeCitations(g, "rules", missed.citations());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("missedTargetsNotListed", c.missedNotListed());
        g.writeEndObject();
    }

    private static void month(JsonGenerator g, MonthlyReport.MonthFigures m) throws IOException {
        g.writeStartObject();
        g.writeStringField("month", m.month().toString());
        g.writeNumberField("incidents", m.incidents());
        g.writeNumberField("open", m.open());
        g.writeObjectFieldStart("availabilityClass");
        for (Availability a : Availability.values()) {
            g.writeNumberField(a.name().toLowerCase(Locale.ROOT), m.count(a));
        }
        g.writeNumberField("unclassified", m.unclassified());
        g.writeEndObject();
        g.writeObjectFieldStart("exclusionCauses");
        for (Map.Entry<Cause, Long> e : m.byCause().entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
        verdicts(g, "response", m.response());
        verdicts(g, "repair", m.repair());
        MonthlyReport.AvailabilityFigure a = m.availability();
        g.writeObjectFieldStart("availability");
        g.writeBooleanField("decided", a.decided());
        if (a.decided()) {
            g.writeNumberField("availabilityPercent", a.percent());
            g.writeNumberField("targetPercent", a.targetPercent());
            g.writeBooleanField("met", a.met());
            g.writeObjectField("countedDowntimeMinutes", a.countedMinutes());
            g.writeObjectField("excludedDowntimeMinutes", a.excludedMinutes());
        } else {
            g.writeStringField("reason", a.notDecided());
        }
        g.writeNumberField("outages", a.outages());
        g.writeNumberField("openOutages", a.openOutages());
        g.writeArrayFieldStart("rules");
        for (Citation c : a.citations()) {
            g.writeString(c.id().toString());
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void verdicts(JsonGenerator g, String name, Map<Verdict, Long> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<Verdict, Long> e : counts.entrySet()) {
            g.writeNumberField(e.getKey().jsonName(), e.getValue());
        }
        g.writeEndObject();
    }
}
