package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import nl.contractrules.api.Ticker;
import org.junit.jupiter.api.Test;

/**
 * The progress line: a {@code \r} line with cases, rate and time left, at most twice a second; nothing when disabled.
 * Time is a ticker the test moves, so what is printed does not depend on the machine's speed.
 */
class ProgressTest {
    /** A ticker that stands still until moved. */
    private static final class ManualTicker implements Ticker {
        private long nanos = 1_000_000_000L;

        @Override
        public long read() {
            return nanos;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    private final StringWriter err = new StringWriter();
    private final ManualTicker ticker = new ManualTicker();

    @Test
    void printsARewrittenLineWithTheRateAndTheTimeLeftFromTheBytesRead() {
        Progress progress = new Progress(new PrintWriter(err), true, 1000, ticker);

        ticker.advance(Duration.ofMillis(600));
        progress.update(40, 250);
        progress.finish();

        // 40 cases in 0.6 s; a quarter of the bytes in 0.6 s leaves 1.8 s
        String line = "40 cases, 67 cases/s, ETA 0:00:02";
        assertThat(err.toString()).isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r");
    }

    @Test
    void rewritesTheLineAtMostTwiceASecondPaddingAShorterOne() {
        Progress progress = new Progress(new PrintWriter(err), true, -1, ticker);

        ticker.advance(Duration.ofMillis(499));
        progress.update(10, 100);
        assertThat(err.toString()).isEmpty();

        ticker.advance(Duration.ofMillis(1));
        progress.update(1000, 200);
        ticker.advance(Duration.ofMillis(499));
        progress.update(1500, 300);
        assertThat(err.toString()).isEqualTo("\r1000 cases, 2000 cases/s");

        ticker.advance(Duration.ofMillis(1501));
        progress.update(1001, 400);
        assertThat(err.toString()).isEqualTo("\r1000 cases, 2000 cases/s\r1001 cases, 400 cases/s ");
    }

    @Test
    void printsNothingWhenDisabled() {
        Progress progress = new Progress(new PrintWriter(err), false, 1000, ticker);

        ticker.advance(Duration.ofSeconds(10));
        progress.update(40, 250);
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutASizeThereIsNoTimeLeft() {
        Progress progress = new Progress(new PrintWriter(err), true, -1, ticker);

        ticker.advance(Duration.ofSeconds(2));
        progress.update(40, 250);

        assertThat(err.toString()).isEqualTo("\r40 cases, 20 cases/s");
    }

    @Test
    void clockShowsHoursMinutesSeconds() {
        assertThat(Progress.clock(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }
}
