package nl.contractrules.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.contractrules.model.Availability;
import nl.contractrules.model.Citation;
import nl.contractrules.model.RuleId;
import nl.contractrules.report.view.Views;

/**
 * The report as one self-contained HTML page: inline styles and SVG, no script, nothing fetched; laid out for A4
 * when printed. The page is drawn by templates compiled with the build (jte, {@code src/main/jte}).
 */
public final class ReportHtml {
    /** The templates, compiled into this module by the build. */
    static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "nl.contractrules.report.html");

    private ReportHtml() {
    }

    public static void write(MonthlyReport report, Writer out) {
        TEMPLATES.render("report.jte", view(report), new WriterOutput(out));
    }

    static Views.Report view(MonthlyReport report) {
        List<YearMonth> months = report.months();
        MonthlyReport.Totals t = report.totals();
        List<String> facts = new ArrayList<>();
        facts.add(months.isEmpty() ? "No incident in the input." : "Months: " + months.get(0) + " to "
                + months.get(months.size() - 1) + " (calendar months, Europe/Amsterdam).");
        facts.add(t.read() + " lines read: " + t.incidents() + " incidents decided"
                + (t.incidentsOutside() > 0 ? " (" + t.incidentsOutside() + " reported outside these months)" : "")
                + ", " + t.otherCases() + " cases of other kinds (not in this report), " + t.rejected()
                + " bad lines (appendix).");
        List<Views.ContractSummary> summary = new ArrayList<>();
        List<Views.Contract> contracts = new ArrayList<>();
        for (int i = 0; i < report.contracts().size(); i++) {
            MonthlyReport.ContractReport c = report.contracts().get(i);
            String anchor = "contract-" + (i + 1);
            long incidents = c.months().stream().mapToLong(MonthlyReport.MonthFigures::incidents).sum();
            List<String> below = c.months().stream()
                    .filter(m -> m.availability().decided() && !m.availability().met())
                    .map(m -> m.month().toString()).toList();
            boolean decides = c.months().stream().anyMatch(m -> m.availability().decided());
            summary.add(new Views.ContractSummary(anchor, c.id(), regime(c), incidents, c.missedTotal(),
                    !decides ? "no availability target" : below.isEmpty() ? "none" : String.join(", ", below)));
            contracts.add(contract(anchor, "c" + (i + 1), c));
        }
        List<Views.BadLineRow> bad = report.badLines().stream().map(b -> new Views.BadLineRow(b.line(),
                nonNull(b.id()), nonNull(b.contract()), nonNull(b.kind()), nonNull(b.field()), b.message())).toList();
        return new Views.Report("Monthly service report", facts, Charts.overview(report), summary, contracts, bad,
                report.badLinesNotListed());
    }

    private static String regime(MonthlyReport.ContractReport c) {
        return c.regime() + (c.tier() == null ? "" : " " + c.tier());
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static Views.Contract contract(String anchor, String id, MonthlyReport.ContractReport c) {
        List<Views.MonthRow> rows = new ArrayList<>();
        Map<RuleId, Citation> clauses = new TreeMap<>();
        String note = null;
        for (MonthlyReport.MonthFigures m : c.months()) {
            MonthlyReport.AvailabilityFigure a = m.availability();
            a.citations().forEach(ct -> clauses.putIfAbsent(ct.id(), ct));
            if (!a.decided()) {
                note = a.notDecided();
            }
            rows.add(new Views.MonthRow(m.month().toString(), m.incidents(), m.open(),
                    m.count(Availability.UNAVAILABLE), m.count(Availability.INCIDENT), m.count(Availability.EXCLUDED),
                    m.unclassified(), m.byCause().entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                    m.response().get(Verdict.MET), m.response().get(Verdict.MISSED),
                    m.response().get(Verdict.NOT_MEASURED), m.response().get(Verdict.NO_TARGET),
                    m.repair().get(Verdict.MET), m.repair().get(Verdict.MISSED),
                    m.repair().get(Verdict.NOT_MEASURED), m.repair().get(Verdict.NO_TARGET),
                    a.decided() ? Text.decimal(a.percent()) : "–", Text.decimal(a.targetPercent()),
                    a.decided() ? (a.met() ? "met" : "BELOW") : "", Text.minutes(a.countedMinutes()),
                    Text.minutes(a.excludedMinutes()),
                    a.outages() + (a.openOutages() > 0 ? " (" + a.openOutages() + " open)" : ""),
                    a.decided() && !a.met()));
        }
        List<Views.MissedRow> missed = new ArrayList<>();
        for (MissedTarget t : c.missed()) {
            t.citations().forEach(ct -> clauses.putIfAbsent(ct.id(), ct));
            missed.add(new Views.MissedRow(t.caseId(), t.position(), t.target().jsonName(), Text.time(t.reportedAt()),
                    Text.time(t.deadline()), Text.time(t.moment()), Text.minutes(t.elapsedMinutes()),
                    Text.minutes(t.targetMinutes()), Text.minutes(t.minutesOver()), Text.list(t.ruleIds())));
        }
        boolean decides = c.months().stream().anyMatch(m -> m.availability().decided());
        return new Views.Contract(anchor, c.id(), regime(c), decides ? null : note,
                Charts.availability(id + "-availability", c.months()), Charts.targets(id + "-targets", c.months()),
                rows, missed, c.missedNotListed(), missed.size(),
                clauses.values().stream().map(ct -> new Views.Clause(ct.id().toString(), ct.seed(), ct.section()))
                        .toList());
    }
}
