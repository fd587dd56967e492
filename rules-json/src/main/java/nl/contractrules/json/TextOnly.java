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
