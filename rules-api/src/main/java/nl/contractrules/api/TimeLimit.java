package nl.contractrules.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * A time limit on each evaluation, for rules that may compute without end ({@link ContractRules#withTimeout}).
 * An evaluation runs on a thread of the {@link #executor(Executor) executor}; past the limit the caller gets a
 * {@link Rejection.Runaway} (limit {@code TIME}) while the evaluation is left to finish on its own. When
 * {@link #maxAbandoned(int) maxAbandoned} evaluations are left running, the rules are refused as broken: every
 * further evaluation is a runaway (limit {@code ABANDONED_THREADS}) until other rules are loaded.
 *
 * <pre>{@code
 * rules.withTimeout(TimeLimit.of(Duration.ofSeconds(10)).maxAbandoned(2).executor(myThreads));
 * }</pre>
 *
 * <p>Without an executor, the limit has threads of its own, started as evaluations need them and ended after a
 * minute idle. Give an executor that can start a thread while others are taken by evaluations left running (a
 * cached thread pool can); a bulk run ({@link ContractRules#bulk()}) under a time limit uses this executor too,
 * unless it is given one of its own. Immutable.
 */
public final class TimeLimit {
    /** The default bound on evaluations left running past the limit before the rules are refused as broken. */
    public static final int DEFAULT_MAX_ABANDONED = 4;

    private final Duration limit;
    private final int maxAbandoned;
    private final Executor executor;
    private final Ticker ticker;

    private TimeLimit(Duration limit, int maxAbandoned, Executor executor, Ticker ticker) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, was " + limit);
        }
        if (maxAbandoned < 1) {
            throw new IllegalArgumentException("maxAbandoned must be at least 1, was " + maxAbandoned);
        }
        this.limit = limit;
        this.maxAbandoned = maxAbandoned;
        this.executor = executor;
        this.ticker = ticker;
    }

    /** A limit on each evaluation, with at most {@value #DEFAULT_MAX_ABANDONED} evaluations left running. */
    public static TimeLimit of(Duration limit) {
        return new TimeLimit(Objects.requireNonNull(limit, "limit"), DEFAULT_MAX_ABANDONED, null, Ticker.system());
    }

    /** The same limit, refusing the rules as broken once {@code max} evaluations are left running. */
    public TimeLimit maxAbandoned(int max) {
        return new TimeLimit(limit, max, executor, ticker);
    }

    /** The same limit, running evaluations on the executor's threads. */
    public TimeLimit executor(Executor executor) {
        return new TimeLimit(limit, maxAbandoned, Objects.requireNonNull(executor, "executor"), ticker);
    }

    /** The same limit, measured on another ticker (a test's). */
    public TimeLimit ticker(Ticker ticker) {
        return new TimeLimit(limit, maxAbandoned, executor, Objects.requireNonNull(ticker, "ticker"));
    }

    public Duration limit() {
        return limit;
    }

    public int maxAbandoned() {
        return maxAbandoned;
    }

    /** The executor given; null when the limit uses threads of its own. */
    public Executor executor() {
        return executor;
    }

    public Ticker ticker() {
        return ticker;
    }
}
