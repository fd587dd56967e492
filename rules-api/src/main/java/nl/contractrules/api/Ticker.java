package nl.contractrules.api;

/**
 * A time source for measuring how long an evaluation runs: nanoseconds from an arbitrary origin, as
 * {@link System#nanoTime()} gives them. {@link #system()} is the one to use; a test gives one it moves itself, so
 * that it never waits for real time to pass.
 */
@FunctionalInterface
public interface Ticker {
    /** Now, in nanoseconds from this ticker's origin. */
    long read();

    /** {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
