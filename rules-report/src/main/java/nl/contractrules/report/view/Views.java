package nl.contractrules.report.view;

import java.util.List;

/** The view records the templates draw. */
public final class Views {
    private Views() {
    }

    /** The whole monthly report page. */
    public record Report(String title, List<String> facts, HeatMap heatMap, List<ContractSummary> summary,
                         List<Contract> contracts, List<BadLineRow> badLines, long badLinesNotListed) {
    }

    /** One row of the first page's table of contracts. */
    public record ContractSummary(String anchor, String id, String regime, long incidents, long missed,
                                  String monthsBelowTarget) {
    }

    /** One contract's section. */
    public record Contract(String anchor, String id, String regime, String availabilityNote, LineChart availability,
                           BarChart targets, List<MonthRow> months, List<MissedRow> missed, long missedNotListed,
                           int listedMissed, List<Clause> clauses) {
    }

    /** One month of a contract, as text cells. */
    public record MonthRow(String month, long incidents, long open, long unavailable, long incident, long excluded,
                           long unclassified, String causes, long responseMet, long responseMissed,
                           long responseNotMeasured, long responseNoTarget, long repairMet, long repairMissed,
                           long repairNotMeasured, long repairNoTarget, String availability, String target,
                           String availabilityMet, String counted, String excludedMinutes, String outages,
                           boolean belowTarget) {
    }

    /** One missed target. */
    public record MissedRow(String caseId, long line, String target, String reported, String deadline,
                            String moment, String elapsed, String allowed, String over, String rules) {
    }

    /** A rulebook ID with its seed document and section. */
    public record Clause(String id, String seed, String section) {
    }

    /** One bad line of the appendix. */
    public record BadLineRow(long line, String id, String contract, String kind, String field, String message) {
    }

    /** A text at a point. */
    public record Label(double x, double y, String text, String anchor) {
    }

    /** A line from (x1, y1) to (x2, y2). */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** A rectangle with the CSS class that fills it and a title a browser shows on hover. */
    public record Box(double x, double y, double width, double height, String fill, String title) {
    }

    /** A point of a line chart; {@code below} when it lies below the target. */
    public record Point(double x, double y, String label, boolean below) {
    }

    /** An entry of a chart's legend: a sample box and its words. */
    public record LegendEntry(Box sample, Label label) {
    }

    /**
     * Availability by month against the target: the points joined by a line, the target as a dashed line.
     *
     * @param points the months with a figure, in order (a month without one is left out)
     */
    public record LineChart(String id, double width, double height, List<Line> axes, List<Label> yTicks,
                            List<Line> gridLines, List<Label> xLabels, String path, List<Point> points,
                            Line target, Label targetLabel, List<LegendEntry> legend, String title) {
    }

    /** Stacked bars of targets by verdict per month. */
    public record BarChart(String id, double width, double height, List<Line> axes, List<Label> yTicks,
                           List<Label> xLabels, List<Box> boxes, List<Label> counts, List<LegendEntry> legend,
                           String title) {
    }

    /** Months by contracts: a cell per contract and month, marked by how the month went. */
    public record HeatMap(double width, double height, List<Label> columns, List<Label> rows, List<Box> cells,
                          List<Label> marks, List<LegendEntry> legend) {
    }
}
