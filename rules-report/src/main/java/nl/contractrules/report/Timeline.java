package nl.contractrules.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.report.view.Views.Box;
import nl.contractrules.report.view.Views.Label;
import nl.contractrules.report.view.Views.LegendEntry;
import nl.contractrules.report.view.Views.Line;
import nl.contractrules.time.ContractTime;

/**
 * One incident over the days it spans, a row per day: the hours in which each target's clock runs, the outage, and
 * the moments (outage start, reported, handled from, the deadlines, responded, resolved).
 *
 * <p>Where a target's clock runs is the rules' own answer, not a calendar the report knows: the report asks the
 * rules what the target counts up to a moment (the same incident, responded to or resolved then), hour by hour,
 * and down to the minute where an hour is only partly counted. So the shaded hours are the service window as the
 * target counts it (office hours, 24x7, holidays left out), from the moment the target starts.
 */
public final class Timeline {
    /** The most days drawn. */
    public static final int MAX_DAYS = 21;
    static final double WIDTH = 700;
    static final double LEFT = 132;
    static final double RIGHT = 70;
    static final double HEAD = 26;
    private static final double CLOCK_H = 13;
    private static final double OUTAGE_H = 7;
    private static final double MARKS_H = 42;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private Timeline() {
    }

    /** A moment drawn on the timeline. */
    enum Moment {
        OUTAGE_START("outage start", "O"), REPORTED("reported", "R"), HANDLED_FROM("handled from", "H"),
        RESPONSE_DEADLINE("response deadline", "D"), REPAIR_DEADLINE("repair deadline", "D"),
        RESPONDED("responded", "▲"), RESOLVED("resolved", "✓");

        final String words;
        final String symbol;

        Moment(String words, String symbol) {
            this.words = words;
            this.symbol = symbol;
        }

        String cssClass() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The page's view of one incident's timeline. */
    public record View(String caseId, String contract, List<String> facts, double width, double height,
                       List<Label> hours, List<Line> hourLines, List<Day> days, List<MomentRow> moments,
                       List<LegendEntry> legend, String caption) {
    }

    /**
     * One day's row: its clock bands (one per target, shaded where the target's clock runs, with the minutes
     * counted that day), the outage, and the moments on it.
     *
     * @param date   ISO date, e.g. {@code 2026-11-21}
     * @param note   {@code weekend} or {@code holiday (SET)}, else empty
     * @param window {@code outside the window} when no target's clock runs that day, else empty
     * @param closed the day has no counted minute for any target (a weekend, a holiday, or past the end)
     */
    public record Day(String date, String label, String note, String window, double y, double height, boolean closed,
                      List<Box> bands, List<Box> clocks, List<Label> counted, Box outage, List<Marker> markers) {
    }

    /** A moment on a day: a line across the row and its label. */
    public record Marker(String kind, String words, double x, double y1, double y2, Label label) {
    }

    /** A row of the table under the picture: what happened when. */
    public record MomentRow(String what, String time, String note) {
    }

    /** A span of the clock: from and to in minutes since the first day's midnight. */
    private record Span(long from, long to) {
    }

    /** The timeline of a decided incident, asking {@code rules} where each target's clock runs. */
    public static View of(ContractRules rules, String caseId, Contract contract, Incident incident,
            Decision<Incident> decision, Holidays holidays) {
        ZonedDateTime first = earliest(incident.outageStart(), incident.reportedAt());
        List<ZonedDateTime> all = new ArrayList<>(List.of(incident.reportedAt()));
        Map<Moment, ZonedDateTime> moments = moments(incident, decision);
        all.addAll(moments.values());
        ZonedDateTime last = all.stream().max(Comparator.naturalOrder()).orElseThrow();
        LocalDate firstDay = ContractTime.local(first).toLocalDate();
        long spanned = ChronoUnit.DAYS.between(firstDay, ContractTime.local(last).toLocalDate()) + 1;
        int days = (int) Math.min(spanned, MAX_DAYS);
        ZonedDateTime origin = firstDay.atStartOfDay(ContractTime.ZONE);
        ZonedDateTime end = firstDay.plusDays(days).atStartOfDay(ContractTime.ZONE);

        Map<Target, List<Span>> clocks = new EnumMap<>(Target.class);
        Map<Target, Clock> counters = new EnumMap<>(Target.class);
        for (Target target : Target.values()) {
            if (target.deadline(decision) != null) {
                Clock clock = new Clock(rules, contract, incident, target);
                counters.put(target, clock);
                clocks.put(target, clock.runs(incident.reportedAt(), end, origin));
            }
        }
        List<Target> targets = new ArrayList<>(clocks.keySet());
        double rowHeight = 16 + targets.size() * (CLOCK_H + 3) + OUTAGE_H + MARKS_H;
        List<Day> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate date = firstDay.plusDays(d);
            rows.add(day(date, HEAD + d * rowHeight, rowHeight, origin, targets, clocks, incident, moments,
                    holidays, last));
        }
        List<Label> hours = new ArrayList<>();
        List<Line> hourLines = new ArrayList<>();
        for (int h = 0; h <= 24; h += 3) {
            double x = x(h * 60L);
            hours.add(new Label(x, HEAD - 8, String.format("%02d:00", h), "middle"));
            hourLines.add(new Line(x, HEAD - 4, x, HEAD + days * rowHeight));
        }
        List<String> facts = new ArrayList<>();
        facts.add("Contract " + contract.id() + " (" + contract.regime()
                + (contract.tier() == null ? "" : " " + contract.tier()) + "), service window "
                + Optional.ofNullable(decision.get(IncidentFields.SERVICE_WINDOW)).map(Object::toString).orElse("none")
                + ". Times are Europe/Amsterdam.");
        if (spanned > days) {
            facts.add("The incident spans " + spanned + " days; the first " + days + " are drawn.");
        }
        if (targets.isEmpty()) {
            facts.add("The decision sets no response or repair deadline: no target clock runs.");
        }
        List<MomentRow> table = new ArrayList<>();
        moments.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> table.add(
                new MomentRow(e.getKey().words, Text.time(e.getValue()), note(e.getKey(), decision, counters))));
        double height = HEAD + days * rowHeight + 30;
        return new View(caseId, contract.id(), facts, WIDTH, height, hours, hourLines, rows, table,
                legend(height - 20, !targets.isEmpty()), caption(targets));
    }

    private static String caption(List<Target> targets) {
        return targets.isEmpty() ? "No target clock runs for this incident."
                : "Shaded: the hours in which the " + String.join(" and ", targets.stream().map(Target::jsonName)
                        .toList()) + " target's clock runs, as the rules count it; the minutes at the right are "
                        + "those counted that day up to the moment the target was met, or to the end of the day.";
    }

    private static List<LegendEntry> legend(double y, boolean clocks) {
        List<LegendEntry> legend = new ArrayList<>();
        double x = 0;
        if (clocks) {
            legend.add(new LegendEntry(new Box(x, y, 14, 10, "window", ""), new Label(x + 18, y + 9,
                    "target clock runs", "start")));
            x += 130;
        }
        legend.add(new LegendEntry(new Box(x, y, 14, 10, "outage", ""), new Label(x + 18, y + 9, "outage",
                "start")));
        legend.add(new LegendEntry(new Box(x + 80, y, 14, 10, "closed", ""), new Label(x + 98, y + 9,
                "weekend or holiday", "start")));
        legend.add(new LegendEntry(new Box(x + 230, y, 2, 10, "deadline", ""), new Label(x + 236, y + 9,
                "D deadline   R reported   H handled from   ▲ responded   ✓ resolved", "start")));
        return legend;
    }

    private static String note(Moment moment, Decision<Incident> decision, Map<Target, Clock> clocks) {
        Target target = switch (moment) {
            case RESPONSE_DEADLINE, RESPONDED -> Target.RESPONSE;
            case REPAIR_DEADLINE, RESOLVED -> Target.REPAIR;
            default -> null;
        };
        if (target == null || !clocks.containsKey(target)) {
            return "";
        }
        Clock clock = clocks.get(target);
        if (moment == Moment.RESPONSE_DEADLINE || moment == Moment.REPAIR_DEADLINE) {
            return "the " + target.jsonName() + " target allows " + clock.at(target.deadline(decision))
                    + " min, as it counts";
        }
        Verdict verdict = target.verdict(decision);
        return target.jsonName() + " target " + verdict.label() + ": " + Text.minutes(target.elapsedMinutes(decision))
                + " min counted";
    }

    private static ZonedDateTime earliest(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static Map<Moment, ZonedDateTime> moments(Incident incident, Decision<Incident> decision) {
        Map<Moment, ZonedDateTime> moments = new EnumMap<>(Moment.class);
        if (incident.outageStart().isBefore(incident.reportedAt())) {
            moments.put(Moment.OUTAGE_START, incident.outageStart());
        }
        moments.put(Moment.REPORTED, incident.reportedAt());
        put(moments, Moment.HANDLED_FROM, decision.get(IncidentFields.HANDLED_FROM));
        put(moments, Moment.RESPONSE_DEADLINE, Target.RESPONSE.deadline(decision));
        put(moments, Moment.REPAIR_DEADLINE, Target.REPAIR.deadline(decision));
        put(moments, Moment.RESPONDED, incident.respondedAt());
        put(moments, Moment.RESOLVED, incident.resolvedAt());
        return moments;
    }

    private static void put(Map<Moment, ZonedDateTime> moments, Moment moment, ZonedDateTime time) {
        if (time != null) {
            moments.put(moment, time);
        }
    }

    /** Minutes since midnight of the timeline's first day. */
    private static long minutes(ZonedDateTime origin, ZonedDateTime t) {
        return Duration.between(origin.toInstant(), t.toInstant()).toMinutes();
    }

    private static double x(long minuteOfDay) {
        return Math.round((LEFT + (WIDTH - LEFT - RIGHT) * minuteOfDay / 1440.0) * 10) / 10.0;
    }

    private static Day day(LocalDate date, double y, double height, ZonedDateTime origin, List<Target> targets,
            Map<Target, List<Span>> clocks, Incident incident, Map<Moment, ZonedDateTime> moments, Holidays holidays,
            ZonedDateTime last) {
        ZonedDateTime dayStart = date.atStartOfDay(ContractTime.ZONE);
        ZonedDateTime dayEnd = date.plusDays(1).atStartOfDay(ContractTime.ZONE);
        long from = minutes(origin, dayStart);
        long to = minutes(origin, dayEnd);
        long dayLength = to - from;
        List<Box> bands = new ArrayList<>();
        List<Box> shaded = new ArrayList<>();
        List<Label> counted = new ArrayList<>();
        double bandY = y + 16;
        boolean any = false;
        for (Target target : targets) {
            bands.add(new Box(x(0), bandY, x(1440) - x(0), CLOCK_H, "band", target.jsonName() + " clock"));
            long sum = 0;
            ZonedDateTime stop = target.moment(incident);
            long stopAt = stop == null ? Long.MAX_VALUE : minutes(origin, stop);
            for (Span span : clocks.get(target)) {
                long s = Math.max(span.from, from);
                long e = Math.min(span.to, to);
                if (s < e) {
                    any = true;
                    double x1 = x((s - from) * 1440 / dayLength);
                    double x2 = x((e - from) * 1440 / dayLength);
                    shaded.add(new Box(x1, bandY, x2 - x1, CLOCK_H, "window", target.jsonName() + " clock runs "
                            + Text.clock(origin.plusMinutes(s)) + "–" + Text.clock(origin.plusMinutes(e))));
                    sum += Math.max(0, Math.min(e, stopAt) - s);
                }
            }
            counted.add(new Label(x(1440) + 4, bandY + 10, sum + " min", "start"));
            bandY += CLOCK_H + 3;
        }
        Box outage = null;
        ZonedDateTime outageEnd = incident.resolvedAt() != null ? incident.resolvedAt() : last;
        long os = Math.max(minutes(origin, incident.outageStart()), from);
        long oe = Math.min(minutes(origin, outageEnd), to);
        if (os < oe || (incident.resolvedAt() == null && os < to && minutes(origin, incident.outageStart()) < to)) {
            long end = incident.resolvedAt() == null ? to : oe;
            double x1 = x((os - from) * 1440 / dayLength);
            outage = new Box(x1, bandY, Math.max(1, x((end - from) * 1440 / dayLength) - x1), OUTAGE_H, "outage",
                    incident.resolvedAt() == null ? "outage (open)" : "outage");
        }
        List<Marker> markers = new ArrayList<>();
        double labelY = bandY + OUTAGE_H + 12;
        double previousX = -100;
        int stagger = 0;
        List<Map.Entry<Moment, ZonedDateTime>> onDay = moments.entrySet().stream()
                .filter(e -> !e.getValue().isBefore(dayStart) && e.getValue().isBefore(dayEnd))
                .sorted(Map.Entry.comparingByValue()).toList();
        for (Map.Entry<Moment, ZonedDateTime> e : onDay) {
            double mx = x(minutes(dayStart, e.getValue()) * 1440 / dayLength);
            stagger = mx - previousX < 130 ? stagger + 1 : 0;
            previousX = mx;
            Moment m = e.getKey();
            String anchor = mx > WIDTH - RIGHT - 60 ? "end" : mx < LEFT + 60 ? "start" : "middle";
            markers.add(new Marker(m.cssClass(), m.words, mx, y + 12, labelY + (stagger % 3) * 10 - 8,
                    new Label(mx, labelY + (stagger % 3) * 10, m.symbol + " " + m.words + " "
                            + Text.clock(e.getValue()), anchor)));
        }
        Optional<String> holiday = holidays.on(date);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        String note = holiday.map(id -> "holiday (" + id + ")").orElse(weekend ? "weekend" : "");
        String window = !targets.isEmpty() && !any ? "outside the window" : "";
        return new Day(date.toString(), date.format(DAY), note, window, y, height, !targets.isEmpty() && !any, bands,
                shaded, counted, outage, markers);
    }

    /** A target's clock as the rules count it: the minutes counted from its start up to a moment. */
    private static final class Clock {
        private final ContractRules rules;
        private final Contract contract;
        private final Incident incident;
        private final Target target;

        Clock(ContractRules rules, Contract contract, Incident incident, Target target) {
            this.rules = rules;
            this.contract = contract;
            this.incident = incident;
            this.target = target;
        }

        /** The minutes the target counts up to {@code moment} (0 when the rules say nothing). */
        long at(ZonedDateTime moment) {
            Outcome<Incident> outcome = rules.evaluate(contract, Moments.at(incident, target, moment));
            Integer minutes = outcome instanceof Decision<Incident> d ? target.elapsedMinutes(d) : null;
            return minutes == null ? 0 : minutes;
        }

        /**
         * The spans in [from, end) where the clock runs, in minutes since {@code origin}: probed hour by hour on
         * the local clock, and halved down to the minute where an hour is only partly counted.
         */
        List<Span> runs(ZonedDateTime from, ZonedDateTime end, ZonedDateTime origin) {
            ZonedDateTime start = from.truncatedTo(ChronoUnit.MINUTES).equals(from) ? from
                    : from.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            List<Span> spans = new ArrayList<>();
            ZonedDateTime a = start;
            long fa = at(a);
            while (a.isBefore(end)) {
                ZonedDateTime b = ContractTime.local(a).truncatedTo(ChronoUnit.HOURS).plusHours(1);
                b = b.isAfter(end) ? end : b;
                long fb = at(b);
                collect(a, fa, b, fb, origin, spans);
                a = b;
                fa = fb;
            }
            return spans;
        }

        private void collect(ZonedDateTime a, long fa, ZonedDateTime b, long fb, ZonedDateTime origin,
                List<Span> spans) {
            long length = Duration.between(a, b).toMinutes();
            long counted = fb - fa;
            if (counted <= 0) {
                return;
            }
            if (counted >= length || length <= 1) {
                add(spans, new Span(minutes(origin, a), minutes(origin, b)));
                return;
            }
            ZonedDateTime mid = a.plusMinutes(length / 2);
            long fm = at(mid);
            collect(a, fa, mid, fm, origin, spans);
            collect(mid, fm, b, fb, origin, spans);
        }

        private static void add(List<Span> spans, Span span) {
            if (!spans.isEmpty() && spans.get(spans.size() - 1).to == span.from) {
                spans.set(spans.size() - 1, new Span(spans.get(spans.size() - 1).from, span.to));
            } else {
                spans.add(span);
            }
        }
    }
}
