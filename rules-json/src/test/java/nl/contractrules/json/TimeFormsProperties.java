package nl.contractrules.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The direct reading of the common time form ({@link TextOnly#withOffset}) gives what the formatter's reading
 * ({@link TextOnly#parsed}) gives: the same moment, offset and zone for every text it reads, and no reading of a text
 * the formatter refuses.
 */
class TimeFormsProperties {

    @Property(tries = 3000)
    void theCommonFormIsReadAsTheFormatterReadsIt(@ForAll("times") String text) {
        ZonedDateTime direct = TextOnly.withOffset(text);
        ZonedDateTime general;
        try {
            general = TextOnly.parsed(text);
        } catch (DateTimeException refused) {
            assertThat(direct).as(text).isNull();
            return;
        }
        if (direct != null) {
            assertThat(direct).as(text).isEqualTo(general);
            assertThat(direct.getZone()).as(text).isEqualTo(general.getZone());
        }
    }

    @Property(tries = 200)
    void everyValidTimeWithAnOffsetIsReadDirectly(@ForAll("validTimes") String text) {
        assertThat(TextOnly.withOffset(text)).as(text).isNotNull().isEqualTo(TextOnly.parsed(text));
    }

    /** Times of the common form, with digits, separators and lengths varied to near misses. */
    @Provide
    Arbitrary<String> times() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map(y -> pad(y, 4)),
                Arbitraries.strings().withChars("0123456789+- x").ofLength(4));
        Arbitrary<String> two = Arbitraries.oneOf(Arbitraries.integers().between(0, 99).map(n -> pad(n, 2)),
                Arbitraries.strings().withChars("0123456789 +-:a٣").ofMinLength(1).ofMaxLength(3));
        Arbitrary<String> separator = Arbitraries.of("-", ":", "T", "t", " ", "Z", "+", "");
        Arbitrary<String> end = Arbitraries.oneOf(Arbitraries.of("Z", "z", "", "[Europe/Amsterdam]", "+01:00[UTC]"),
                Combinators.combine(Arbitraries.of("+", "-", " "), two, Arbitraries.of(":", "", "-"), two)
                        .as((s, h, c, m) -> s + h + c + m));
        return Combinators.combine(year, two, two, two, two, two, end, separator)
                .as((y, mo, d, h, mi, s, e, sep) -> y + "-" + mo + "-" + d + sep + h + ":" + mi + ":" + s + e);
    }

    /** Valid dates and times of day with an offset within ±18:00, or Z. */
    @Provide
    Arbitrary<String> validTimes() {
        return Combinators.combine(Arbitraries.integers().between(1900, 2200), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59), Arbitraries.integers().between(0, 59),
                Arbitraries.integers().between(-18 * 4, 18 * 4))
                .as((y, mo, d, h, mi, s, quarters) -> pad(y, 4) + "-" + pad(mo, 2) + "-" + pad(d, 2) + "T" + pad(h, 2)
                        + ":" + pad(mi, 2) + ":" + pad(s, 2) + (quarters == 0 && s % 2 == 0 ? "Z"
                        : (quarters < 0 ? "-" : "+") + pad(Math.abs(quarters) / 4, 2) + ":"
                                + pad(Math.abs(quarters) % 4 * 15, 2)));
    }

    private static String pad(int value, int width) {
        return String.format("%0" + width + "d", value);
    }
}
