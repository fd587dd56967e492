package nl.contractrules.engine.runtime;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;

/**
 * The time limit on the evaluations of one rule set. {@link #run} hands an evaluation to a thread of the executor
 * and, past the limit, gives the caller a verdict while the evaluation is left to finish on its own (Java offers no
 * safe way to stop a thread that computes). A runner with threads of its own (bulk) skips the hand-off: it runs a
 * {@link #watch watched} evaluation on its thread and gives it up from another, past its
 * {@link Evaluation#deadline() deadline}. Either way at most {@code maxAbandoned} evaluations are left running;
 * when that many are, the rule set is refused as broken and every further evaluation gets that verdict without
 * running.
 *
 * <p>Time is read from the ticker (nanoseconds, as {@link System#nanoTime()} gives them); a thread waiting for a
 * deadline looks at the ticker at least every {@value #LOOK_MILLIS} ms, so a ticker a test moves is noticed
 * without the test waiting for real time to pass.
 *
 * @param <T> what an evaluation gives
 */
@API(status = INTERNAL, since = "0.1")
public final class Watchdog<T> {
    /** The longest real wait between two looks at the ticker. */
    static final long LOOK_MILLIS = 20;
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** Why an evaluation gives no outcome of its own. */
    public enum Verdict {
        /** It ran past the time limit and was left running. */
        TIMED_OUT,
        /** The rule set is refused as broken: too many evaluations were left running. */
        REFUSED
    }

    /** An evaluation: told, once the rules are done, whether it was given up (its session is then not reused). */
    @FunctionalInterface
    public interface Task<T> {
        T run(BooleanSupplier abandoned);
    }

    private final Duration limit;
    private final int maxAbandoned;
    private final Threads threads;
    private final LongSupplier ticker;
    private final Function<Verdict, T> verdicts;
    /** Evaluations past the limit that are still running. */
    private final AtomicInteger abandoned = new AtomicInteger();
    private volatile boolean broken;

    /**
     * A time limit (a positive {@code limit}, {@code maxAbandoned} at least 1, as the API's {@code TimeLimit} has
     * checked); {@code executor} runs handed-off evaluations (null: threads of the watchdog's own, started on
     * demand and ended after a minute idle, shared with its {@link #renewed() renewals}); {@code verdicts} gives what
     * an evaluation without an outcome of its own gives.
     */
    public Watchdog(Duration limit, int maxAbandoned, Executor executor, LongSupplier ticker,
            Function<Verdict, T> verdicts) {
        this(limit, maxAbandoned, new Threads(executor), ticker, verdicts);
    }

    private Watchdog(Duration limit, int maxAbandoned, Threads threads, LongSupplier ticker,
            Function<Verdict, T> verdicts) {
        this.limit = limit;
        this.maxAbandoned = maxAbandoned;
        this.threads = threads;
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.verdicts = Objects.requireNonNull(verdicts, "verdicts");
    }

    /** The same limits for another rule set, on the same threads, with none of this one's abandoned evaluations. */
    public Watchdog<T> renewed() {
        return new Watchdog<>(limit, maxAbandoned, threads, ticker, verdicts);
    }

    public Duration limit() {
        return limit;
    }

    /** Evaluations left running past the limit. */
    public int abandoned() {
        return abandoned.get();
    }

    /** The executor handed-off evaluations run on. */
    public Executor executor() {
        return threads.executor();
    }

    /** What an evaluation without an outcome of its own gives. */
    public T verdict(Verdict verdict) {
        return verdicts.apply(verdict);
    }

    /** Now, on the ticker. */
    public long now() {
        return ticker.getAsLong();
    }

    /**
     * The evaluation's outcome, run on a thread of the executor; its verdict when it takes longer than the limit
     * (counted from the hand-off, so a caller never waits much longer, however busy the executor) or the rule set is
     * refused as broken. An exception the evaluation throws is thrown here; a caller interrupted while waiting gets
     * a {@link CancellationException} (with its interrupt flag set).
     */
    public T run(Task<T> task) {
        if (broken) {
            return verdict(Verdict.REFUSED);
        }
        Evaluation evaluation = new Evaluation(task);
        evaluation.started = now();
        CompletableFuture<T> result = new CompletableFuture<>();
        threads.executor().execute(() -> {
            try {
                result.complete(evaluation.run());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            while (true) {
                long left = evaluation.deadline() - now();
                if (left <= 0) {
                    return evaluation.abandon() ? verdict(Verdict.TIMED_OUT) : result.get();
                }
                try {
                    return result.get(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LOOK_MILLIS)),
                            TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // look at the ticker again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for the rules");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the evaluation failed", e.getCause());
        }
    }

    /**
     * An evaluation to run on the caller's thread ({@link Evaluation#runHere()}) while another thread watches its
     * {@link Evaluation#deadline() deadline} and {@link Evaluation#abandon() abandons} it past that.
     */
    public Evaluation watch(Task<T> task) {
        return new Evaluation(task);
    }

    /** One evaluation; once abandoned, it counts as an abandoned evaluation until it finishes. */
    public final class Evaluation {
        private static final int WAITING = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;
        private final Task<T> task;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        /** When the limit starts to count, on the ticker. */
        private volatile long started;

        private Evaluation(Task<T> task) {
            this.task = task;
        }

        private T run() {
            state.compareAndSet(WAITING, RUNNING);
            try {
                return task.run(this::abandoned);
            } finally {
                if (!state.compareAndSet(RUNNING, DONE) && state.get() == ABANDONED) {
                    abandoned.decrementAndGet();
                }
            }
        }

        /**
         * Runs the evaluation on this thread: the verdict without running once the rule set is refused as broken,
         * and the verdict {@code TIMED_OUT} when it ran past the limit, abandoned or not (so the outcome does not
         * depend on how soon the watching thread looked).
         */
        public T runHere() {
            if (broken) {
                return verdict(Verdict.REFUSED);
            }
            started = now();
            T outcome = run();
            return abandoned() || now() - started > limit.toNanos() ? verdict(Verdict.TIMED_OUT) : outcome;
        }

        /** Whether the evaluation runs, neither finished nor abandoned (it may be past its deadline). */
        public boolean running() {
            return state.get() == RUNNING;
        }

        /** When the evaluation passes the time limit, on the ticker; once it has started. */
        public long deadline() {
            return started + limit.toNanos();
        }

        public boolean abandoned() {
            return state.get() == ABANDONED;
        }

        /** Marks the evaluation abandoned unless it has finished; false when it has. */
        public boolean abandon() {
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

    /** The executor evaluations are handed to: the one given, or threads of the watchdog's own made on first use. */
    private static final class Threads {
        private final Executor given;
        private volatile Executor own;

        Threads(Executor given) {
            this.given = given;
        }

        Executor executor() {
            if (given != null) {
                return given;
            }
            Executor made = own;
            if (made == null) {
                synchronized (this) {
                    made = own;
                    if (made == null) {
                        String prefix = "contract-rules-time-limit-" + POOLS.incrementAndGet() + "-";
                        AtomicInteger count = new AtomicInteger();
                        made = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
                                new SynchronousQueue<>(), runnable -> {
                                    Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
                                    thread.setDaemon(true);
                                    return thread;
                                });
                        own = made;
                    }
                }
            }
            return made;
        }
    }
}
