package nl.contractrules.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.contractrules.json.BulkCsv;
import nl.contractrules.model.Availability;

/**
 * The report's monthly figures as CSV (RFC 4180, lines ending CRLF): a row per contract and month, with the same
 * numbers as the JSON ({@link ReportJson}); exclusion causes as {@code CAUSE=count} joined by {@code ;}.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    /** The header row's columns. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("contract", "regime", "tier", "month", "incidents", "open"));
        for (Availability a : Availability.values()) {
            columns.add(a.name().toLowerCase(Locale.ROOT));
        }
        columns.add("unclassified");
        columns.add("exclusionCauses");
        for (String target : List.of("response", "repair")) {
            for (Verdict v : Verdict.values()) {
                String name = v.jsonName();
                columns.add(target + Character.toUpperCase(name.charAt(0)) + name.substring(1));
            }
        }
        columns.addAll(List.of("availabilityPercent", "targetPercent", "availabilityMet", "countedDowntimeMinutes",
                "excludedDowntimeMinutes", "outages", "openOutages", "availabilityNotDecided"));
        return columns;
    }

    public static void write(MonthlyReport report, Writer out) throws IOException {
        row(out, columns());
        for (MonthlyReport.ContractReport c : report.contracts()) {
            for (MonthlyReport.MonthFigures m : c.months()) {
                List<Object> row = new ArrayList<>(List.of(c.id(), c.regime().name(),
                        c.tier() == null ? "" : c.tier().name(), m.month(), m.incidents(), m.open()));
                for (Availability a : Availability.values()) {
                    row.add(m.count(a));
                }
                row.add(m.unclassified());
                row.add(m.byCause().entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue())
                        .collect(Collectors.joining(";")));
                for (Verdict v : Verdict.values()) {
                    row.add(m.response().get(v));
                }
                for (Verdict v : Verdict.values()) {
                    row.add(m.repair().get(v));
                }
                MonthlyReport.AvailabilityFigure a = m.availability();
                row.add(a.percent() == null ? "" : a.percent().toPlainString());
                row.add(a.targetPercent() == null ? "" : a.targetPercent().toPlainString());
                row.add(a.met() == null ? "" : a.met());
                row.add(a.countedMinutes() == null ? "" : a.countedMinutes());
                row.add(a.excludedMinutes() == null ? "" : a.excludedMinutes());
                row.add(a.outages());
                row.add(a.openOutages());
                row.add(a.decided() ? "" : a.notDecided());
                row(out, row.stream().map(String::valueOf).toList());
            }
        }
        out.flush();
    }

    private static void row(Writer out, List<String> cells) throws IOException {
        out.write(BulkCsv.row(cells));
    }
}
