package nl.contractrules.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Registry of business calendars and holiday sets (COMMON.CAL, COMMON.HOL), parsed from a
 * properties-like text that an analyst edits (blank lines and lines starting with {@code #} are
 * ignored):
 * <pre>
 * holidays.NL_COMMON = fixed 01-01; easter +1; fixed 12-25
 * calendar.CBG_OFFICE = MON-FRI 08:30-17:00 NL_COMMON
 * calendar.ALWAYS = MON-SUN 00:00-24:00
 * </pre>
 * A calendar line gives days (a range {@code MON-FRI}, a list {@code MON,WED} or both
 * {@code MON-WED,FRI}), local hours {@code HH:MM-HH:MM} (24:00 = end of day) and optionally the id
 * of a holiday set defined in the same text ({@code NONE} = no holidays). All calendars use
 * {@link ContractTime#ZONE} (COMMON.TZ). Immutable.
 */
public final class Calendars {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern HOURS = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");
    private static final Map<String, DayOfWeek> DAY_NAMES = Map.of(
            "MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY, "WED", DayOfWeek.WEDNESDAY,
            "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT", DayOfWeek.SATURDAY,
            "SUN", DayOfWeek.SUNDAY);

    private final Map<String, BusinessCalendar> calendars;
    private final Map<String, HolidaySet> holidays;

    private Calendars(Map<String, BusinessCalendar> calendars, Map<String, HolidaySet> holidays) {
        this.calendars = Collections.unmodifiableMap(new TreeMap<>(calendars));
        this.holidays = Collections.unmodifiableMap(new TreeMap<>(holidays));
    }

    private record Line(int number, String text, String id, String value) {
        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("calendars line " + number + " '" + text + "': " + message);
        }
    }

    /**
     * Parses the calendar text. Holiday sets may be defined before or after the calendars that
     * use them.
     *
     * @throws IllegalArgumentException naming the line and the bad value
     */
    public static Calendars parse(String text) {
        Map<String, Line> holidayLines = new LinkedHashMap<>();
        Map<String, Line> calendarLines = new LinkedHashMap<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int eq = s.indexOf('=');
            Line line = new Line(i + 1, s, null, null);
            if (eq < 0) {
                throw line.error("expected 'holidays.ID = ...' or 'calendar.ID = ...'");
            }
            String key = s.substring(0, eq).strip();
            int dot = key.indexOf('.');
            String kind = dot < 0 ? key : key.substring(0, dot);
            String id = dot < 0 ? "" : key.substring(dot + 1);
            Map<String, Line> target = kind.equals("holidays") ? holidayLines
                    : kind.equals("calendar") ? calendarLines : null;
            if (target == null) {
                throw line.error("unknown key '" + key + "' (expected holidays.ID or calendar.ID)");
            }
            if (!ID.matcher(id).matches()) {
                throw line.error("bad id '" + id + "' (letters, digits and _ only)");
            }
            if (target.containsKey(id)) {
                throw line.error("'" + key + "' is already defined on line " + target.get(id).number());
            }
            target.put(id, new Line(i + 1, s, id, s.substring(eq + 1).strip()));
        }
        Map<String, HolidaySet> holidays = new LinkedHashMap<>();
        for (Line line : holidayLines.values()) {
            try {
                holidays.put(line.id(), HolidaySet.parse(line.id(), line.value()));
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
        }
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        for (Line line : calendarLines.values()) {
            calendars.put(line.id(), calendar(line, holidays));
        }
        return new Calendars(calendars, holidays);
    }

    /**
     * The calendar with this id.
     *
     * @throws IllegalArgumentException naming an unknown id
     */
    public BusinessCalendar calendar(String id) {
        BusinessCalendar calendar = calendars.get(id);
        if (calendar == null) {
            throw new IllegalArgumentException("unknown calendar '" + id + "'; known: " + calendars.keySet());
        }
        return calendar;
    }

    /**
     * The holiday set with this id.
     *
     * @throws IllegalArgumentException naming an unknown id
     */
    public HolidaySet holidays(String id) {
        HolidaySet set = holidays.get(id);
        if (set == null) {
            throw new IllegalArgumentException("unknown holiday set '" + id + "'; known: " + holidays.keySet());
        }
        return set;
    }

    /** The ids of all calendars, sorted. */
    public Set<String> calendarIds() {
        return calendars.keySet();
    }

    /** The ids of all holiday sets, sorted. */
    public Set<String> holidaySetIds() {
        return holidays.keySet();
    }

    private static BusinessCalendar calendar(Line line, Map<String, HolidaySet> holidays) {
        String[] t = line.value().split("\\s+");
        if (t.length < 2 || t.length > 3) {
            throw line.error("expected '<days> <HH:MM-HH:MM> [<holiday set>]', not '" + line.value() + "'");
        }
        Set<DayOfWeek> days = days(line, t[0]);
        Matcher m = HOURS.matcher(t[1]);
        if (!m.matches()) {
            throw line.error("bad hours '" + t[1] + "' (expected HH:MM-HH:MM)");
        }
        LocalTime opens = time(line, t[1], m.group(1), m.group(2), false);
        LocalTime closes = time(line, t[1], m.group(3), m.group(4), true);
        if (!closes.equals(LocalTime.MIDNIGHT) && !opens.isBefore(closes)) {
            throw line.error("bad hours '" + t[1] + "': opening must be before closing");
        }
        HolidaySet set = HolidaySet.NONE;
        if (t.length == 3) {
            set = holidays.get(t[2]);
            if (set == null && t[2].equals("NONE")) {
                set = HolidaySet.NONE;
            }
            if (set == null) {
                throw line.error("unknown holiday set '" + t[2] + "'");
            }
        }
        return new BusinessCalendar(line.id(), days, opens, closes, set, ContractTime.ZONE);
    }

    private static Set<DayOfWeek> days(Line line, String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",", -1)) {
            String[] range = part.split("-", -1);
            if (range.length > 2) {
                throw line.error("bad days '" + text + "'");
            }
            DayOfWeek first = day(line, text, range[0]);
            DayOfWeek last = day(line, text, range[range.length - 1]);
            for (DayOfWeek d = first; ; d = d.plus(1)) { // a range may wrap: SUN-THU
                days.add(d);
                if (d == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(Line line, String text, String name) {
        DayOfWeek day = DAY_NAMES.get(name.toUpperCase(Locale.ROOT));
        if (day == null) {
            throw line.error("bad day '" + name + "' in '" + text + "' (use MON TUE WED THU FRI SAT SUN)");
        }
        return day;
    }

    private static LocalTime time(Line line, String text, String hh, String mm, boolean closing) {
        int h = Integer.parseInt(hh);
        int m = Integer.parseInt(mm);
        if (closing && h == 24 && m == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (h > 23 || m > 59 || (closing && h == 0 && m == 0)) {
            throw line.error("bad time '" + hh + ":" + mm + "' in '" + text + "'"
                    + (closing && h == 0 && m == 0 ? " (use 24:00 for end of day)" : ""));
        }
        return LocalTime.of(h, m);
    }
}
