package nl.contractrules.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named set of holidays (COMMON.HOL), defined by data an analyst edits: a {@code ;}-separated
 * list of rules such as
 * {@code fixed 01-01; easter +1; fixed 04-27 from 2014 sunday-to-saturday; fixed 05-05 every 5}.
 *
 * <p>A rule is {@code fixed MM-DD} or {@code easter +N}/{@code easter -N} (days from Easter Sunday,
 * Gregorian computus, |N| &le; 300), optionally followed by {@code from YYYY}, {@code until YYYY}
 * (inclusive), {@code every N} (years divisible by N) and {@code sunday-to-saturday} (a date that
 * falls on a Sunday moves to the Saturday before). The year options apply to the rule's own year,
 * before any Sunday shift. {@code fixed 02-29} only occurs in leap years. Immutable and
 * thread-safe.
 */
public final class HolidaySet {

    /** The empty holiday set, for calendars without holidays (such as {@code ALWAYS}). */
    public static final HolidaySet NONE = new HolidaySet("NONE", "", List.of());

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern OFFSET = Pattern.compile("[+-]?\\d{1,3}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final int MAX_EASTER_OFFSET = 300;

    private final String id;
    private final String definition;
    private final List<Rule> rules;
    private final Map<Integer, SortedSet<LocalDate>> byYear = new ConcurrentHashMap<>();

    private HolidaySet(String id, String definition, List<Rule> rules) {
        this.id = id;
        this.definition = definition;
        this.rules = List.copyOf(rules);
    }

    /**
     * Parses a holiday definition. Blank rules (for instance after a trailing {@code ;}) are ignored.
     *
     * @throws IllegalArgumentException naming {@code id} and the bad rule text when a rule is malformed
     */
    public static HolidaySet parse(String id, String definition) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("holiday set id must not be blank");
        }
        Objects.requireNonNull(definition, "definition");
        List<Rule> rules = new ArrayList<>();
        for (String text : definition.split(";")) {
            String rule = text.strip();
            if (!rule.isEmpty()) {
                try {
                    rules.add(Rule.parse(rule));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("holiday set '" + id + "': bad rule '" + rule
                            + "': " + e.getMessage(), e);
                }
            }
        }
        return new HolidaySet(id, definition.strip(), rules);
    }

    /** The id of this holiday set, e.g. {@code NL_COMMON}. */
    public String id() {
        return id;
    }

    /** Whether {@code date} is a holiday of this set. */
    public boolean isHoliday(LocalDate date) {
        return holidaysIn(date.getYear()).contains(date);
    }

    /** The (unmodifiable, sorted) holidays that fall in {@code year}. */
    public SortedSet<LocalDate> holidaysIn(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    private SortedSet<LocalDate> compute(int year) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        // a rule of year y may land in y-1 or y+1 (Sunday shift, Easter offsets up to 300 days)
        for (int ruleYear = year - 1; ruleYear <= year + 1; ruleYear++) {
            for (Rule rule : rules) {
                LocalDate date = rule.dateIn(ruleYear);
                if (date != null && date.getYear() == year) {
                    dates.add(date);
                }
            }
        }
        return Collections.unmodifiableSortedSet(dates);
    }

    /**
     * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm
     * (Meeus/Jones/Butcher).
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    @Override
    public String toString() {
        return "HolidaySet[" + id + ": " + definition + "]";
    }

    /** One parsed rule; exactly one of {@code fixed} and {@code easterOffset} is set. */
    private record Rule(MonthDay fixed, Integer easterOffset, Integer from, Integer until, Integer every,
                        boolean sundayToSaturday) {

        static Rule parse(String text) {
            String[] t = text.split("\\s+");
            MonthDay fixed = null;
            Integer offset = null;
            String kind = t[0].toLowerCase(Locale.ROOT);
            if (t.length < 2 || !(kind.equals("fixed") || kind.equals("easter"))) {
                throw new IllegalArgumentException("expected 'fixed MM-DD' or 'easter +N'");
            }
            if (kind.equals("fixed")) {
                fixed = monthDay(t[1]);
            } else {
                if (!OFFSET.matcher(t[1]).matches()
                        || Math.abs(Integer.parseInt(t[1])) > MAX_EASTER_OFFSET) {
                    throw new IllegalArgumentException("easter offset '" + t[1]
                            + "' is not a whole number of days between -300 and +300");
                }
                offset = Integer.parseInt(t[1]);
            }
            Integer from = null;
            Integer until = null;
            Integer every = null;
            boolean sunday = false;
            for (int i = 2; i < t.length; i++) {
                String option = t[i].toLowerCase(Locale.ROOT);
                switch (option) {
                    case "from" -> from = once(from, number(t, ++i, option), option);
                    case "until" -> until = once(until, number(t, ++i, option), option);
                    case "every" -> every = once(every, number(t, ++i, option), option);
                    case "sunday-to-saturday" -> sunday = once(sunday ? true : null, true, option);
                    default -> throw new IllegalArgumentException("unknown option '" + t[i]
                            + "' (expected from YYYY, until YYYY, every N or sunday-to-saturday)");
                }
            }
            if (every != null && every < 1) {
                throw new IllegalArgumentException("'every' needs a number of at least 1");
            }
            if (from != null && until != null && from > until) {
                throw new IllegalArgumentException("'from " + from + "' is after 'until " + until + "'");
            }
            return new Rule(fixed, offset, from, until, every, sunday);
        }

        private static MonthDay monthDay(String s) {
            Matcher m = MONTH_DAY.matcher(s);
            if (!m.matches()) {
                throw new IllegalArgumentException("date '" + s + "' is not MM-DD");
            }
            try {
                return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("date '" + s + "' does not exist", e);
            }
        }

        private static int number(String[] t, int i, String option) {
            if (i >= t.length || !NUMBER.matcher(t[i]).matches()) {
                throw new IllegalArgumentException("'" + option + "' needs a number"
                        + (i < t.length ? ", not '" + t[i] + "'" : ""));
            }
            return Integer.parseInt(t[i]);
        }

        private static <T> T once(T previous, T value, String option) {
            if (previous != null) {
                throw new IllegalArgumentException("option '" + option + "' given twice");
            }
            return value;
        }

        /** The holiday this rule gives for rule year {@code year}, or null when it does not apply. */
        LocalDate dateIn(int year) {
            if ((from != null && year < from) || (until != null && year > until)
                    || (every != null && year % every != 0)) {
                return null;
            }
            LocalDate date;
            if (fixed != null) {
                if (!fixed.isValidYear(year)) {
                    return null;
                }
                date = fixed.atYear(year);
            } else {
                date = easterSunday(year).plusDays(easterOffset);
            }
            return sundayToSaturday && date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
        }
    }
}
