package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The progress line: a {@code \r} line with cases, rate and time left; nothing when disabled. */
class ProgressTest {
    @Test
    void printsARewrittenLineWithTheTimeLeftFromTheBytesRead() throws InterruptedException {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, 1000);

        Thread.sleep(600);
        progress.update(40, 250);
        progress.finish();

        String text = err.toString();
        assertThat(text).startsWith("\r40 cases, ").contains(" cases/s, ETA 0:00:0").endsWith("\r");
        assertThat(text).doesNotContain("\n");
    }

    @Test
    void printsNothingWhenDisabled() throws InterruptedException {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), false, 1000);

        Thread.sleep(600);
        progress.update(40, 250);
        progress.finish();

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutASizeThereIsNoTimeLeft() throws InterruptedException {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, -1);

        Thread.sleep(600);
        progress.update(40, 250);

        assertThat(err.toString()).contains("40 cases, ").doesNotContain("ETA");
    }

    @Test
    void clockShowsHoursMinutesSeconds() {
        assertThat(Progress.clock(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }
}
