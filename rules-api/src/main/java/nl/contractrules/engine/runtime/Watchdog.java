package nl.contractrules.api;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The time limit on evaluations of one rule set: runs each on a daemon worker thread and, past the limit, gives the
 * caller a {@link Rejection.Runaway} while the worker is left to finish on its own (Java offers no safe way to stop
 * a thread that computes). At most {@code maxAbandoned} workers are left running; when that many are, the rule set
 * is refused as broken and every further evaluation is a runaway without running.
 *
 * <p>A runner with threads of its own ({@link BulkDecider}) skips the hand-off: it runs a {@link #watch watched}
 * evaluation on its thread and enforces the limit from another, abandoning the evaluation past its
 * {@link Evaluation#deadline() deadline}; the counting of abandoned evaluations is the same.
 */
final class Watchdog {
    private static final AtomicInteger WORKERS = new AtomicInteger();
    /**
     * Worker threads shared by every watched rule set: a thread per evaluation in progress, reused by the next one,
     * ended after a minute idle.
     */
    private static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), task -> {
                Thread thread = new Thread(task, "contract-rules-watchdog-" + WORKERS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });

    /** The evaluation running on this worker thread, if any. */
    private static final ThreadLocal<Evaluation> CURRENT = new ThreadLocal<>();

    private final Duration limit;
    private final int maxAbandoned;
    /** Evaluations past the limit whose workers are still running. */
    private final AtomicInteger abandoned = new AtomicInteger();
    private volatile boolean broken;

    Watchdog(Duration limit, int maxAbandoned) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, was " + limit);
        }
        if (maxAbandoned < 1) {
            throw new IllegalArgumentException("maxAbandoned must be at least 1, was " + maxAbandoned);
        }
        this.limit = limit;
        this.maxAbandoned = maxAbandoned;
    }

    /** The same limits for another rule set, with none of this one's abandoned workers counted. */
    Watchdog renewed() {
        return new Watchdog(limit, maxAbandoned);
    }

    Duration limit() {
        return limit;
    }

    /** Workers left running past the limit. */
    int abandoned() {
        return abandoned.get();
    }

    /**
     * The evaluation's outcome, or a runaway when it takes longer than the limit or the rule set is refused as
     * broken; an exception the evaluation throws is thrown here, a caller interrupted while waiting gets a
     * {@link CancellationException} (with its interrupt flag set).
     */
    Outcome run(Supplier<Outcome> evaluation) {
        if (broken) {
            return refused();
        }
        Evaluation task = new Evaluation(evaluation);
        Future<Outcome> future = POOL.submit(task::run);
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            if (task.abandon()) {
                return timedOut();
            }
            return result(future);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the rules");
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    /**
     * An evaluation to run on the caller's thread ({@link Evaluation#runHere()}) while another thread watches its
     * {@link Evaluation#deadline() deadline} and {@link Evaluation#abandon() abandons} it past that.
     */
    Evaluation watch(Supplier<Outcome> evaluation) {
        return new Evaluation(evaluation);
    }

    /** The outcome of an evaluation given up at the time limit. */
    Rejection.Runaway timedOut() {
        return new Rejection.Runaway(Rejection.Runaway.Limit.TIME, limit.toMillis());
    }

    /** The outcome of every evaluation once the rule set is refused as broken. */
    private Rejection.Runaway refused() {
        return new Rejection.Runaway(Rejection.Runaway.Limit.ABANDONED_THREADS, maxAbandoned);
    }

    /** Whether the evaluation running on this thread was given up past its limit (its session is not reused). */
    static boolean abandonedHere() {
        Evaluation current = CURRENT.get();
        return current != null && current.abandoned();
    }

    /** The result of an evaluation that finished just as its limit passed. */
    private static Outcome result(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the rules");
        } catch (ExecutionException e) {
            throw rethrown(e);
        }
    }

    private static RuntimeException rethrown(ExecutionException e) {
        if (e.getCause() instanceof Error error) {
            throw error;
        }
        return e.getCause() instanceof RuntimeException runtime ? runtime
                : new IllegalStateException("the evaluation failed", e.getCause());
    }

    /**
     * One evaluation on a worker; once abandoned, it counts as an abandoned worker until it finishes.
     */
    final class Evaluation {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;
        private final Supplier<Outcome> evaluation;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        /** When the evaluation started, in {@link System#nanoTime()}; meaningful once it runs. */
        private volatile long started;

        Evaluation(Supplier<Outcome> evaluation) {
            this.evaluation = evaluation;
        }

        Outcome run() {
            started = System.nanoTime();
            state.compareAndSet(WAITING, RUNNING);
            CURRENT.set(this);
            try {
                return evaluation.get();
            } finally {
                CURRENT.remove();
                if (!state.compareAndSet(RUNNING, DONE)) {
                    abandoned.decrementAndGet();
                }
            }
        }

        /**
         * Runs the evaluation on this thread: a runaway without running once the rule set is refused as broken, and
         * a runaway (limit {@code TIME}) when it ran past the limit, abandoned or not (so the outcome does not depend
         * on how soon the watching thread looked).
         */
        Outcome runHere() {
            if (broken) {
                return refused();
            }
            Outcome outcome = run();
            return abandoned() || System.nanoTime() - started > limit.toNanos() ? timedOut() : outcome;
        }

        /** Whether the evaluation has started and is neither finished nor abandoned (it may be past its deadline). */
        boolean running() {
            return state.get() == RUNNING;
        }

        /** When the evaluation passes the time limit, in {@link System#nanoTime()}; once it has started. */
        long deadline() {
            return started + limit.toNanos();
        }

        boolean abandoned() {
            return state.get() == ABANDONED;
        }

        /** Marks the evaluation abandoned unless it has just finished; false when it has. */
        boolean abandon() {
            int now;
            do {
                now = state.get();
                if (now == DONE || now == ABANDONED) {
                    return false;
                }
            } while (!state.compareAndSet(now, ABANDONED));
            if (abandoned.incrementAndGet() >= maxAbandoned) {
                broken = true;
            }
            return true;
        }
    }
}
