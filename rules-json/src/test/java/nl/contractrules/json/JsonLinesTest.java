package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting input into lines: line ends, the line limit, read errors. */
class JsonLinesTest {
    private static List<JsonLines.Line> lines(String text, int max) {
        return JsonLines.lines(new ByteArrayInputStream(text.getBytes(UTF_8)), max).toList();
    }

    private static String text(JsonLines.Line line) {
        return new String(line.bytes(), UTF_8);
    }

    @Test
    void splitsAtNewlinesDroppingACarriageReturnAndKeepingALastLineWithoutEnd() {
        List<JsonLines.Line> lines = lines("{\"a\":1}\r\n\n{\"b\":2}\n{\"c\":3}", 100);

        assertThat(lines).extracting(JsonLinesTest::text).containsExactly("{\"a\":1}", "", "{\"b\":2}", "{\"c\":3}");
        assertThat(lines).extracting(JsonLines.Line::number).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aFinalNewlineMakesNoExtraLineAndEmptyInputNoLine() {
        assertThat(lines("x\n", 10)).hasSize(1);
        assertThat(lines("", 10)).isEmpty();
    }

    @Test
    void aLineOverTheLimitIsSkippedWithoutKeepingIt() {
        String longLine = "x".repeat(200_000);
        List<JsonLines.Line> lines = lines("ok\n" + longLine + "\n" + "x".repeat(10) + "\r\nlast", 10);

        assertThat(lines).hasSize(4);
        assertThat(text(lines.get(0))).isEqualTo("ok");
        assertThat(lines.get(1).tooLong()).isTrue();
        assertThat(lines.get(1).length()).isEqualTo(200_000);
        assertThat(lines.get(1).number()).isEqualTo(2);
        assertThat(text(lines.get(2))).as("exactly the limit, before its \\r").isEqualTo("x".repeat(10));
        assertThat(text(lines.get(3))).isEqualTo("last");
    }

    @Test
    void aLineOneByteOverTheLimitIsTooLong() {
        assertThat(lines("x".repeat(11), 10).get(0).tooLong()).isTrue();
        assertThat(lines("x".repeat(11) + "\n", 10).get(0).tooLong()).isTrue();
    }

    @Test
    void aLineSplitElsewhereIsTheLineTheSplitterGives() {
        for (String text : List.of("{\"a\":1}\r", "", "\r", "x".repeat(10) + "\r", "x".repeat(11), "x".repeat(10) + "\r\r")) {
            JsonLines.Line split = lines(text + "\n", 10).get(0);
            JsonLines.Line given = JsonLines.line(1, text.getBytes(UTF_8), 10);

            assertThat(given.tooLong()).as(text).isEqualTo(split.tooLong());
            assertThat(given.length()).as(text).isEqualTo(split.length());
            if (!given.tooLong()) {
                assertThat(text(given)).as(text).isEqualTo(text(split));
            }
        }
    }

    @Test
    void aReadErrorComesAfterTheLinesReadBeforeIt() {
        InputStream failing = new InputStream() {
            private final InputStream first = new ByteArrayInputStream("a\nb\n".getBytes(UTF_8));

            @Override
            public int read() throws IOException {
                int b = first.read();
                if (b < 0) {
                    throw new IOException("unexpected end of ZLIB input stream");
                }
                return b;
            }
        };
        Iterator<JsonLines.Line> it = JsonLines.lines(failing, 10).iterator();

        assertThat(text(it.next())).isEqualTo("a");
        assertThat(text(it.next())).isEqualTo("b");
        assertThatThrownBy(it::hasNext).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("after line 2").hasMessageContaining("ZLIB");
    }
}
