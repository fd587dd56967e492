package nl.contractrules.cli;

import java.io.PrintWriter;
import java.time.Duration;
import nl.contractrules.api.Ticker;

/**
 * The progress line of {@code decide} and {@code report} on a terminal: cases done, cases per second and, when the
 * input's size is known, the time left; a plain {@code \r} line rewritten at most twice a second.
 */
final class Progress {
    private static final long INTERVAL = 500_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long totalBytes;
    private final Ticker ticker;
    private final long start;
    private long last;
    private int width;

    /**
     * A progress line on {@code err}, or none when not {@code enabled}; {@code totalBytes} -1 when unknown; the time
     * read from {@code ticker}, from now on.
     */
    Progress(PrintWriter err, boolean enabled, long totalBytes, Ticker ticker) {
        this.err = err;
        this.enabled = enabled;
        this.totalBytes = totalBytes;
        this.ticker = ticker;
        this.start = ticker.read();
        this.last = start;
    }

    void update(long cases, long bytesRead) {
        if (!enabled) {
            return;
        }
        long now = ticker.read();
        if (now - last < INTERVAL) {
            return;
        }
        last = now;
        double seconds = (now - start) / 1e9;
        StringBuilder line = new StringBuilder().append(cases).append(" cases, ")
                .append(Math.round(cases / seconds)).append(" cases/s");
        if (totalBytes > 0 && bytesRead > 0) {
            long left = Math.round(seconds * (totalBytes - bytesRead) / bytesRead);
            line.append(", ETA ").append(clock(Duration.ofSeconds(Math.max(0, left))));
        }
        print(line.toString());
    }

    /** Clears the progress line. */
    void finish() {
        if (enabled && width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    private void print(String line) {
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    static String clock(Duration d) {
        return String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
