package nl.contractrules.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Reads a date or time only from a JSON string in ISO-8601 ({@code docs/scenarios.md}, "Values"): never
 * from a number, which Jackson's own readers would take as epoch seconds or days.
 */
final class TextOnly<T> extends StdScalarDeserializer<T> {
    static final TextOnly<ZonedDateTime> TIME = new TextOnly<>(ZonedDateTime.class, ZonedDateTime::parse,
            "a date-time string with an offset, such as 2026-11-21T10:00:00+01:00");
    static final TextOnly<LocalDate> DATE = new TextOnly<>(LocalDate.class, LocalDate::parse,
            "a date string YYYY-MM-DD, such as 2026-11-21");

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

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText();
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            return (T) ctxt.handleWeirdStringValue(handledType(), text, expected);
        }
    }
}
