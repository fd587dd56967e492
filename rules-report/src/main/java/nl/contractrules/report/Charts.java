package nl.contractrules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.contractrules.report.view.Views.BarChart;
import nl.contractrules.report.view.Views.Box;
import nl.contractrules.report.view.Views.HeatMap;
import nl.contractrules.report.view.Views.Label;
import nl.contractrules.report.view.Views.LegendEntry;
import nl.contractrules.report.view.Views.Line;
import nl.contractrules.report.view.Views.LineChart;
import nl.contractrules.report.view.Views.Point;

/**
 * Lays out the report's charts in SVG user units: availability by month against the target, targets by verdict
 * per month as stacked bars, and the months × contracts overview. Fills are names the page's style maps to a
 * colour and a pattern ({@code met}, {@code missed}, {@code notMeasured}, {@code noTarget}, {@code ok},
 * {@code below}, {@code quiet}), so the charts read in black and white too.
 */
final class Charts {
    static final double WIDTH = 340;
    static final double HEIGHT = 210;
    private static final double LEFT = 46;
    private static final double RIGHT = 8;
    private static final double TOP = 14;
    private static final double BOTTOM = 62;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Charts() {
    }

    /** The month's label on an axis: its short name, with the year under the first month and every January. */
    private static List<Label> monthLabels(List<YearMonth> months, double y) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            double x = x(i, months.size());
            labels.add(new Label(x, y, m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "middle"));
            if (i == 0 || m.getMonth() == Month.JANUARY) {
                labels.add(new Label(x, y + 11, String.valueOf(m.getYear()), "middle"));
            }
        }
        return labels;
    }

    /** The centre of the i-th of n slots along the x axis. */
    private static double x(int i, int n) {
        double slot = (WIDTH - LEFT - RIGHT) / Math.max(n, 1);
        return round(LEFT + slot * (i + 0.5));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static List<Line> axes() {
        double bottom = HEIGHT - BOTTOM;
        return List.of(new Line(LEFT, TOP, LEFT, bottom), new Line(LEFT, bottom, WIDTH - RIGHT, bottom));
    }

    /**
     * Availability by month, against the target line; null when no month has a decided availability. The y axis
     * runs from a little below the lowest of the values and the target up to 100%.
     */
    static LineChart availability(String id, List<MonthlyReport.MonthFigures> months) {
        List<YearMonth> axis = months.stream().map(MonthlyReport.MonthFigures::month).toList();
        BigDecimal low = null;
        BigDecimal target = null;
        for (MonthlyReport.MonthFigures m : months) {
            if (m.availability().decided()) {
                low = low == null || m.availability().percent().compareTo(low) < 0 ? m.availability().percent() : low;
                target = m.availability().targetPercent();
                low = target.compareTo(low) < 0 ? target : low;
            }
        }
        if (low == null) {
            return null;
        }
        BigDecimal span = HUNDRED.subtract(low).max(new BigDecimal("0.1"));
        BigDecimal step = niceStep(span.multiply(new BigDecimal("1.2")).divide(BigDecimal.valueOf(4), 6,
                RoundingMode.UP));
        BigDecimal bottomValue = HUNDRED.subtract(step.multiply(BigDecimal.valueOf(4)));
        while (bottomValue.compareTo(low) >= 0 && low.compareTo(HUNDRED) < 0) {
            bottomValue = bottomValue.subtract(step);
        }
        bottomValue = bottomValue.max(BigDecimal.ZERO);
        BigDecimal bottom = bottomValue;
        double plotBottom = HEIGHT - BOTTOM;
        java.util.function.Function<BigDecimal, Double> y = v -> round(plotBottom - (plotBottom - TOP)
                * v.subtract(bottom).doubleValue() / HUNDRED.subtract(bottom).doubleValue());
        List<Label> ticks = new ArrayList<>();
        List<Line> grid = new ArrayList<>();
        for (BigDecimal v = bottom; v.compareTo(HUNDRED) <= 0; v = v.add(step)) {
            double yy = y.apply(v);
            ticks.add(new Label(LEFT - 4, yy + 3, v.stripTrailingZeros().toPlainString(), "end"));
            grid.add(new Line(LEFT, yy, WIDTH - RIGHT, yy));
        }
        List<Point> points = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            MonthlyReport.AvailabilityFigure a = months.get(i).availability();
            if (!a.decided()) {
                continue;
            }
            double px = x(i, months.size());
            double py = y.apply(a.percent());
            path.append(path.length() == 0 ? "M" : " L").append(px).append(' ').append(py);
            points.add(new Point(px, py, a.percent().stripTrailingZeros().toPlainString(), !a.met()));
        }
        double ty = y.apply(target);
        List<LegendEntry> legend = List.of(
                legend(0, "met", "at or above target"), legend(1, "below", "below target"),
                new LegendEntry(new Box(LEFT + 2 * 100, HEIGHT - 14, 14, 0, "target", ""),
                        new Label(LEFT + 2 * 100 + 18, HEIGHT - 11, "target " + plain(target) + " %", "start")));
        return new LineChart(id, WIDTH, HEIGHT, axes(), ticks, grid, monthLabels(axis, HEIGHT - BOTTOM + 14),
                path.toString(), points, new Line(LEFT, ty, WIDTH - RIGHT, ty),
                new Label(WIDTH - RIGHT - 2, ty - 4, "target " + plain(target) + " %", "end"), legend,
                "Availability by month (%), against the target of " + plain(target) + " %");
    }

    private static LegendEntry legend(int slot, String fill, String text) {
        double x = LEFT + slot * 100;
        return new LegendEntry(new Box(x, HEIGHT - 20, 10, 10, fill, text), new Label(x + 14, HEIGHT - 11, text,
                "start"));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static BigDecimal niceStep(BigDecimal rough) {
        BigDecimal power = BigDecimal.ONE;
        while (power.compareTo(rough) < 0) {
            power = power.multiply(BigDecimal.TEN);
        }
        while (power.divide(BigDecimal.TEN).compareTo(rough) >= 0) {
            power = power.divide(BigDecimal.TEN);
        }
        for (BigDecimal f : List.of(new BigDecimal("0.2"), new BigDecimal("0.5"))) {
            if (power.multiply(f).compareTo(rough) >= 0) {
                return power.multiply(f).stripTrailingZeros();
            }
        }
        return power.stripTrailingZeros();
    }

    private static final Verdict[] STACK = {Verdict.MET, Verdict.MISSED, Verdict.NOT_MEASURED, Verdict.NO_TARGET};

    /** Targets (response and repair) by verdict per month, stacked: met at the bottom, then missed. */
    static BarChart targets(String id, List<MonthlyReport.MonthFigures> months) {
        long most = 1;
        for (MonthlyReport.MonthFigures m : months) {
            most = Math.max(most, m.targets().values().stream().mapToLong(Long::longValue).sum());
        }
        long step = niceStep(BigDecimal.valueOf(most).divide(BigDecimal.valueOf(4), 6, RoundingMode.UP)
                .max(BigDecimal.ONE)).setScale(0, RoundingMode.UP).longValueExact();
        long top = ((most + step - 1) / step) * step;
        double plotBottom = HEIGHT - BOTTOM;
        double scale = (plotBottom - TOP) / top;
        List<Label> ticks = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            ticks.add(new Label(LEFT - 4, round(plotBottom - v * scale + 3), String.valueOf(v), "end"));
        }
        double slot = (WIDTH - LEFT - RIGHT) / Math.max(months.size(), 1);
        double barWidth = round(Math.min(28, slot * 0.7));
        List<Box> boxes = new ArrayList<>();
        List<Label> counts = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Map<Verdict, Long> targets = months.get(i).targets();
            double cx = x(i, months.size());
            double y = plotBottom;
            for (Verdict v : STACK) {
                long n = targets.get(v);
                if (n == 0) {
                    continue;
                }
                double h = round(n * scale);
                y = round(y - h);
                boxes.add(new Box(round(cx - barWidth / 2), y, barWidth, h, fill(v),
                        months.get(i).month() + ": " + n + " " + v.label()));
            }
            long missed = targets.get(Verdict.MISSED);
            long total = targets.values().stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                counts.add(new Label(cx, y - 3, missed > 0 ? missed + "✗/" + total : String.valueOf(total),
                        "middle"));
            }
        }
        List<LegendEntry> legend = new ArrayList<>();
        double[] slots = {0, 52, 112, 200};
        for (int i = 0; i < STACK.length; i++) {
            double x = LEFT - 30 + slots[i];
            legend.add(new LegendEntry(new Box(x, HEIGHT - 20, 10, 10, fill(STACK[i]), STACK[i].label()),
                    new Label(x + 14, HEIGHT - 11, STACK[i].label(), "start")));
        }
        return new BarChart(id, WIDTH, HEIGHT, axes(), ticks, monthLabels(
                months.stream().map(MonthlyReport.MonthFigures::month).toList(), plotBottom + 14), boxes, counts,
                legend, "Response and repair targets by month (count); ✗ missed");
    }

    static String fill(Verdict v) {
        return switch (v) {
            case MET -> "met";
            case MISSED -> "missed";
            case NOT_MEASURED -> "notMeasured";
            case NO_TARGET -> "noTarget";
        };
    }

    private static final double CELL_W = 34;
    private static final double CELL_H = 18;
    private static final double ROW_LABEL = 130;
    private static final double HEAD = 30;

    /** The overview: a row per contract, a column per month, each cell marked by how the month went. */
    static HeatMap overview(MonthlyReport report) {
        List<YearMonth> months = report.months();
        List<Label> columns = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            YearMonth m = months.get(i);
            double x = round(ROW_LABEL + CELL_W * (i + 0.5));
            columns.add(new Label(x, 12, m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), "middle"));
            if (i == 0 || m.getMonth() == Month.JANUARY) {
                columns.add(new Label(x, 24, String.valueOf(m.getYear()), "middle"));
            }
        }
        List<Label> rows = new ArrayList<>();
        List<Box> cells = new ArrayList<>();
        List<Label> marks = new ArrayList<>();
        for (int r = 0; r < report.contracts().size(); r++) {
            MonthlyReport.ContractReport c = report.contracts().get(r);
            double y = HEAD + r * CELL_H;
            rows.add(new Label(ROW_LABEL - 6, round(y + CELL_H - 5), c.id(), "end"));
            for (int i = 0; i < c.months().size(); i++) {
                MonthlyReport.MonthFigures m = c.months().get(i);
                boolean below = m.availability().decided() && !m.availability().met();
                long missed = m.missed();
                String fill = below ? "below" : missed > 0 ? "missed" : m.incidents() > 0 ? "ok" : "quiet";
                String mark = (below ? "A" : "") + (below && missed > 0 ? " " : "")
                        + (missed > 0 ? String.valueOf(missed) : below ? "" : m.incidents() > 0 ? "✓" : "");
                double x = ROW_LABEL + CELL_W * i;
                cells.add(new Box(x + 1, y + 1, CELL_W - 2, CELL_H - 2, fill, c.id() + " " + m.month() + ": "
                        + m.incidents() + " incidents, " + missed + " targets missed"
                        + (m.availability().decided() ? ", availability " + plain(m.availability().percent()) + " %"
                        : "")));
                if (!mark.isEmpty()) {
                    marks.add(new Label(round(x + CELL_W / 2), round(y + CELL_H - 5), mark, "middle"));
                }
            }
        }
        double height = HEAD + report.contracts().size() * CELL_H + 34;
        double width = Math.max(ROW_LABEL + CELL_W * months.size() + 10, 560);
        double ly = height - 22;
        List<LegendEntry> legend = List.of(
                new LegendEntry(new Box(0, ly, 12, 12, "quiet", ""), new Label(16, ly + 10, "no incident", "start")),
                new LegendEntry(new Box(100, ly, 12, 12, "ok", ""), new Label(116, ly + 10, "✓ every target met",
                        "start")),
                new LegendEntry(new Box(240, ly, 12, 12, "missed", ""), new Label(256, ly + 10, "n targets missed",
                        "start")),
                new LegendEntry(new Box(380, ly, 12, 12, "below", ""), new Label(396, ly + 10,
                        "A availability below target", "start")));
        return new HeatMap(width, height, columns, rows, cells, marks, legend);
    }
}
