package nl.contractrules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a date or time only from a JSON string in ISO-8601 ({@code docs/scenarios.md}, "Values"): never
 * from a number, which Jackson's own readers would take as epoch seconds or days.
 */
final class TextOnly<T> extends StdScalarDeserializer<T> {
    static final TextOnly<ZonedDateTime> TIME = new TextOnly<>(ZonedDateTime.class, TextOnly::time,
            "a date-time string with an offset or a zone, such as 2026-11-21T10:00:00+01:00 or "
                    + "2026-11-21T10:00:00[Europe/Amsterdam]");
    static final TextOnly<LocalDate> DATE = new TextOnly<>(LocalDate.class, LocalDate::parse,
            "a date string YYYY-MM-DD, such as 2026-11-21");

    /** A local date-time followed by an offset, a zone in brackets, or both. */
    private static final DateTimeFormatter OFFSET_OR_ZONE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .optionalStart().appendLiteral('[').parseCaseSensitive().appendZoneRegionId().appendLiteral(']')
            .optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT)
            .withChronology(IsoChronology.INSTANCE);

    private final transient Function<String, T> parse;
    private final String expected;

    private TextOnly(Class<T> type, Function<String, T> parse, String expected) {
        super(type);
        this.parse = parse;
        this.expected = expected;
    }

    /** What a value of this type looks like, for messages. */
    String expected() {
        return expected;
    }

    /**
     * A time as the scenario format writes it: a local date-time with an offset ({@code +01:00}, {@code Z}), a zone
     * ({@code [Europe/Amsterdam]}) or both (the offset then fixes the moment). With a zone and no offset the local
     * time must occur exactly once in that zone: one the clocks skip (the spring gap) or pass twice (the autumn
     * overlap) is a {@link NoSuchMoment} asking for an offset. Any other text is a {@link DateTimeParseException}.
     */
    static ZonedDateTime time(String text) {
        ZonedDateTime common = withOffset(text);
        return common != null ? common : parsed(text);
    }

    /**
     * The time of text in the form nearly every input uses, {@code 2026-11-21T10:00:00+01:00} or
     * {@code 2026-11-21T10:00:00Z} (a valid date and time of day, an offset within ±18:00), read directly, as
     * {@link #parsed} reads it; null for any other text, which {@link #parsed} reads. The formatter's general reading
     * was the largest single cost of reading a case line (a bulk run reads several times a line).
     */
    static ZonedDateTime withOffset(String text) {
        int length = text.length();
        if ((length != 20 && length != 25) || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        ZoneOffset offset;
        if (length == 20) {
            if (text.charAt(19) != 'Z') {
                return null;
            }
            offset = ZoneOffset.UTC;
        } else {
            char sign = text.charAt(19);
            int hours = digits(text, 20, 2);
            int minutes = digits(text, 23, 2);
            if ((sign != '+' && sign != '-') || text.charAt(22) != ':' || (hours | minutes) < 0 || minutes > 59
                    || hours * 60 + minutes > 18 * 60) {
                return null;
            }
            int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
            offset = ZoneOffset.ofTotalSeconds(seconds);
        }
        return ZonedDateTime.ofInstant(LocalDateTime.of(year, month, day, hour, minute, second), offset, offset);
    }

    /** The number of the ASCII digits at {@code from}, or -1 when one of them is not an ASCII digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }

    /** A time in any form {@link #time} takes, read by the formatter. */
    static ZonedDateTime parsed(String text) {
        TemporalAccessor parsed = OFFSET_OR_ZONE.parse(text);
        LocalDateTime local = LocalDateTime.from(parsed);
        ZoneOffset offset = parsed.query(TemporalQueries.offset());
        ZoneId zone = parsed.query(TemporalQueries.zoneId());
        try {
            if (offset != null) {
                return ZonedDateTime.ofInstant(local, offset, zone != null ? zone : offset);
            }
            if (zone == null) {
                throw new DateTimeParseException("no offset or zone", text, text.length());
            }
            List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
            if (offsets.size() == 1) {
                return ZonedDateTime.ofStrict(local, offsets.get(0), zone);
            }
            throw new NoSuchMoment(local, zone, zone.getRules().getTransition(local));
        } catch (NoSuchMoment | DateTimeParseException e) {
            throw e;
        } catch (DateTimeException e) {
            throw new DateTimeParseException(e.getMessage(), text, 0, e);
        }
    }

    /** A local time without an offset that does not name one moment in its zone (a DST gap or overlap). */
    static final class NoSuchMoment extends DateTimeException {
        private static final long serialVersionUID = 1L;

        NoSuchMoment(LocalDateTime local, ZoneId zone, ZoneOffsetTransition change) {
            super(change.isGap()
                    ? local + " does not exist in " + zone + " (the clocks go forward from "
                            + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime()
                            + "); give the time with an offset, such as " + local + change.getOffsetBefore()
                    : local + " occurs twice in " + zone + " (the clocks go back from "
                            + change.getDateTimeBefore().toLocalTime() + " to " + change.getDateTimeAfter().toLocalTime()
                            + "); give the time with an offset: " + local + change.getOffsetBefore() + " (the first) or "
                            + local + change.getOffsetAfter() + " (the second)");
        }
    }

    /** A value of the right shape that names no value (a time in a DST gap); its message says why. */
    static final class Refused extends MismatchedInputException {
        private static final long serialVersionUID = 1L;

        Refused(JsonParser p, String why, Class<?> type) {
            super(p, why, type);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText();
        try {
            return parse.apply(text);
        } catch (NoSuchMoment e) {
            throw new Refused(p, e.getMessage(), handledType());
        } catch (DateTimeParseException e) {
            return (T) ctxt.handleWeirdStringValue(handledType(), text, expected);
        }
    }
}
