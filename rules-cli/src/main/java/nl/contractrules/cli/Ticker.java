package nl.contractrules.cli;

/**
 * A time source in nanoseconds, read for elapsed time only (as Caffeine's {@code Ticker}): the system's for the
 * command line, one a test moves by hand.
 */
@FunctionalInterface
interface Ticker {
    /** Nanoseconds since a fixed but arbitrary origin. */
    long read();

    /** {@link System#nanoTime()}. */
    static Ticker system() {
        return System::nanoTime;
    }
}
