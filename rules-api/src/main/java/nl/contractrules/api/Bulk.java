package nl.contractrules.api;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.contractrules.engine.bulk.OrderedBulk;
import nl.contractrules.engine.runtime.Watchdog;
import nl.contractrules.model.InvalidInputException;

/**
 * A bulk run ({@link ContractRules#bulk()}): decides a stream of items on several threads and gives the results
 * back lazily, in input order. Immutable: each option gives a new run with it.
 *
 * <p>The returned stream reads its source only as fast as its results are consumed: at most
 * {@value #IN_FLIGHT_PER_THREAD} items per thread are read ahead, so memory stays constant whatever the length of the
 * input. The source is read, and the results consumed, on the caller's thread; reading each item into a
 * {@link BulkCase} ({@link #reading}), deciding it and finishing its result ({@link #finishing}) run on the threads
 * of the {@link #executor(Executor) executor}. An item the reader cannot read never ends the run: an
 * {@link InvalidInputException} it throws becomes a {@link Rejection} with that field and message, any other
 * exception a rejection of field {@code input}.
 *
 * <p>Consume the stream to its end or close it ({@code try}-with-resources): either stops handing out work and closes
 * the source stream. An exception of the source itself (a read error) comes after the results of every item read
 * before it; one the finisher throws ends the run (an {@link IllegalStateException} with it as the cause).
 *
 * <p>Under a time limit ({@link ContractRules#withTimeout(TimeLimit)}) the evaluations run on the executor's threads
 * themselves, with no hand-off per case, and the caller's thread enforces the limit: a case past it comes back as a
 * {@link Rejection.Runaway} (limit {@code TIME}) in its place, its thread is left to finish on its own and counts as
 * abandoned exactly as for {@link ContractRules#evaluate}, and a new task on the executor goes on with the rest, so
 * that as many threads decide. A case that has not started is never given up.
 *
 * <pre>{@code
 * try (Stream<BulkResult> results = rules.bulk().threads(4).decide(cases)) {
 *     results.forEach(r -> store(r.bulkCase().id(), r.outcome()));
 * }
 * try (Stream<String> lines = rules.bulk().executor(pool).reading(t -> toCase(t, contracts))
 *         .finishing(r -> render(r)).decide(tickets)) {
 *     lines.forEach(out::println);
 * }
 * }</pre>
 *
 * @param <T> an item of the input
 * @param <R> a result
 */
public final class Bulk<T, R> {
    /** Items read ahead per thread: two batches of consecutive items. */
    public static final int IN_FLIGHT_PER_THREAD = OrderedBulk.IN_FLIGHT_PER_THREAD;

    /** How the rules decide one case of a bulk run, under their time limit if any. */
    @FunctionalInterface
    interface Evaluator {
        Outcome<?> evaluate(BulkCase bulkCase, Consumer<Watchdog<Outcome<?>>.Evaluation> started);
    }

    private final Evaluator evaluator;
    private final Watchdog<Outcome<?>> watchdog;
    private final int threads;
    private final Executor executor;
    private final Function<? super T, BulkCase> reader;
    private final Function<? super BulkResult, ? extends R> finisher;

    private Bulk(Evaluator evaluator, Watchdog<Outcome<?>> watchdog, int threads, Executor executor,
            Function<? super T, BulkCase> reader, Function<? super BulkResult, ? extends R> finisher) {
        this.evaluator = evaluator;
        this.watchdog = watchdog;
        this.threads = threads;
        this.executor = executor;
        this.reader = reader;
        this.finisher = finisher;
    }

    /** A run of cases to results on every core, for rules deciding as the evaluator does. */
    static Bulk<BulkCase, BulkResult> of(Evaluator evaluator, Watchdog<Outcome<?>> watchdog) {
        return new Bulk<>(evaluator, watchdog, Runtime.getRuntime().availableProcessors(), null,
                Function.identity(), Function.identity());
    }

    /** The same run with {@code count} tasks deciding at a time (default: one per core). */
    public Bulk<T, R> threads(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + count);
        }
        return new Bulk<>(evaluator, watchdog, count, executor, reader, finisher);
    }

    /** The number of tasks deciding at a time. */
    public int threads() {
        return threads;
    }

    /**
     * The same run on the executor's threads. By default a run uses the time limit's executor under a time limit
     * ({@link TimeLimit}), and {@link ForkJoinPool#commonPool()} without one. Under a time limit, give an executor
     * that can start a thread while others are taken by evaluations left running (a cached thread pool can).
     */
    public Bulk<T, R> executor(Executor executor) {
        return new Bulk<>(evaluator, watchdog, threads, Objects.requireNonNull(executor, "executor"), reader,
                finisher);
    }

    /** The same run on items of another type, each read into a case by {@code reader} on a deciding thread. */
    public <U> Bulk<U, R> reading(Function<? super U, BulkCase> reader) {
        return new Bulk<>(evaluator, watchdog, threads, executor, Objects.requireNonNull(reader, "reader"),
                finisher);
    }

    /**
     * The same run giving {@code finisher}'s value for each result instead, worked out on the thread that decided
     * it (for a case given up at the time limit, on the caller's thread); a finisher must not return null.
     */
    public <S> Bulk<T, S> finishing(Function<? super BulkResult, ? extends S> finisher) {
        return new Bulk<>(evaluator, watchdog, threads, executor, reader,
                Objects.requireNonNull(finisher, "finisher"));
    }

    /** The result of each item, in input order; see the class comment. */
    public Stream<R> decide(Stream<T> items) {
        Executor runOn = executor != null ? executor : watchdog != null ? watchdog.executor()
                : ForkJoinPool.commonPool();
        return OrderedBulk.run(items, new OrderedBulk.Steps<T, BulkCase, Outcome<?>, R>() {
            @Override
            public BulkCase read(T item) {
                return Bulk.read(item, reader);
            }

            @Override
            public Outcome<?> evaluate(BulkCase read, Consumer<Watchdog<Outcome<?>>.Evaluation> started) {
                return evaluator.evaluate(read, started);
            }

            @Override
            public R finish(long position, BulkCase read, Outcome<?> outcome) {
                return finisher.apply(new BulkResult(position, read, outcome));
            }
        }, runOn, threads, watchdog);
    }

    /** The case of an item; what the reader cannot read, or throws on, is an unreadable case. */
    private static <T> BulkCase read(T item, Function<? super T, BulkCase> reader) {
        try {
            return Objects.requireNonNull(reader.apply(item), "the reader returned no case");
        } catch (InvalidInputException e) {
            return BulkCase.unreadable(null, null, null, e);
        } catch (RuntimeException e) {
            return BulkCase.unreadable(null, null, null,
                    InvalidInputException.withMessage("input", null, "input: cannot be read: " + e.getMessage()));
        }
    }
}
