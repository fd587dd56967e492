package nl.contractrules.engine.bulk;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.contractrules.engine.runtime.Watchdog;
import org.apiguardian.api.API;

/**
 * Processes a stream of items on the threads of an executor and gives the results back lazily, in input order.
 *
 * <p>Each item goes through three {@link Steps}, on a worker: it is read, evaluated and finished. The caller's
 * thread reads the source in batches of {@value #BATCH} consecutive items, {@value #BATCHES_PER_THREAD} batches per
 * thread in flight, and queues them for at most {@code threads} tasks on the executor, each of which processes the
 * oldest queued batch and then the next, until none is queued (so no more threads compete for the cores than asked
 * for); it waits for the oldest batch to be complete and then gives out its results in order. So at most
 * {@link #IN_FLIGHT_PER_THREAD} items per thread are read ahead: memory stays constant whatever the length of the
 * stream.
 *
 * <p>Under a time limit (a {@link Watchdog}) the evaluations run on the workers themselves, with no hand-off per
 * item; the caller's thread, waiting for the oldest batch, gives up each of its evaluations past the deadline. The
 * item gets the watchdog's verdict in its place (finished on the caller's thread), its worker is left to finish on
 * its own and takes no further item, and a new task on the executor goes on with the rest of the batch, so that as
 * many threads work. An item whose evaluation has not started is never given up. The executor must be able to run
 * that task while the abandoned worker still computes (a cached thread pool can; a pool of fixed size may run short
 * of threads).
 *
 * <p>Close the stream, or consume it to its end: either stops handing out work and closes the source. An exception
 * of the source itself comes after the results of every item read before it; one a step throws ends the run (an
 * {@link IllegalStateException} with it as the cause).
 */
@API(status = INTERNAL, since = "0.1")
public final class OrderedBulk {
    /** Consecutive items a task processes at a time. */
    public static final int BATCH = 32;
    /** Batches in flight per thread: one being processed and the next at hand. */
    private static final int BATCHES_PER_THREAD = 2;
    /** Items read ahead per thread: two batches of consecutive items. */
    public static final int IN_FLIGHT_PER_THREAD = BATCHES_PER_THREAD * BATCH;
    /** The longest real wait between two looks at the watchdog's ticker. */
    private static final long LOOK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /**
     * What happens to each item, on a worker thread.
     *
     * @param <T> an item
     * @param <C> an item read
     * @param <O> what evaluating an item read gives
     * @param <R> a result
     */
    public interface Steps<T, C, O, R> {
        /** The item read; must not throw. */
        C read(T item);

        /**
         * The item evaluated; under a time limit an evaluation that {@code started} is told of before it runs
         * (and that it runs here, {@link Watchdog.Evaluation#runHere()}), so that the caller can give it up.
         */
        O evaluate(C read, Consumer<Watchdog<O>.Evaluation> started);

        /** The result of an item: its position in the input (1 for the first), the item read and its outcome. */
        R finish(long position, C read, O outcome);
    }

    private OrderedBulk() {
    }

    /**
     * The results of the items, in input order: at most {@code threads} tasks deciding on the executor at a time,
     * evaluations under the watchdog's time limit when there is one (null: none).
     */
    public static <T, C, O, R> Stream<R> run(Stream<T> items, Steps<T, C, O, R> steps, Executor executor,
            int threads, Watchdog<O> watchdog) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        Results<T, C, O, R> results = new Results<>(items.iterator(), steps, Objects.requireNonNull(executor,
                "executor"), threads, watchdog);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                        Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(results::close).onClose(items::close);
    }

    /** The finished results in input order, from a bounded window of batches being processed. */
    private static final class Results<T, C, O, R> implements Iterator<R> {
        private final Iterator<T> source;
        private final Steps<T, C, O, R> steps;
        private final Executor executor;
        private final int threads;
        private final Watchdog<O> watchdog;
        private final ArrayDeque<Batch> window = new ArrayDeque<>();
        /** The batches of the window no task has taken yet, oldest first. */
        private final Queue<Batch> queued = new ConcurrentLinkedQueue<>();
        /** The tasks taking queued batches, at most {@link #threads}; a task left to an abandoned evaluation is not one. */
        private final AtomicInteger takers = new AtomicInteger();
        private volatile boolean closed;
        private RuntimeException sourceFailure;
        private boolean sourceDone;
        private long position;
        /** Results of the oldest batch in the window already handed out. */
        private int handedOut;

        Results(Iterator<T> source, Steps<T, C, O, R> steps, Executor executor, int threads, Watchdog<O> watchdog) {
            this.source = source;
            this.steps = steps;
            this.executor = executor;
            this.threads = threads;
            this.watchdog = watchdog;
        }

        @Override
        public boolean hasNext() {
            fill();
            if (!window.isEmpty()) {
                return true;
            }
            close();
            if (sourceFailure != null) {
                RuntimeException failure = sourceFailure;
                sourceFailure = null;
                throw failure;
            }
            return false;
        }

        @Override
        public R next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Batch batch = window.peek();
            if (handedOut == 0) {
                await(batch);
            }
            R value = batch.slots.get(handedOut++).value;
            if (handedOut == batch.slots.size()) {
                window.poll();
                handedOut = 0;
            }
            return value;
        }

        /** Reads batches of items and hands them to the executor until the window is full or the source ends. */
        private void fill() {
            while (!sourceDone && window.size() < threads * BATCHES_PER_THREAD) {
                List<Slot> slots = new ArrayList<>(BATCH);
                try {
                    while (slots.size() < BATCH && source.hasNext()) {
                        slots.add(new Slot(++position, source.next()));
                    }
                    sourceDone = slots.size() < BATCH;
                } catch (RuntimeException e) {
                    sourceDone = true;
                    sourceFailure = e;
                }
                if (!slots.isEmpty()) {
                    Batch batch = new Batch(slots);
                    window.add(batch);
                    queued.add(batch);
                    if (oneMoreTaker()) {
                        executor.execute(new Taker(null));
                    }
                }
            }
        }

        /** Waits until every slot of the batch is filled; under a time limit, gives up its evaluations past it. */
        private void await(Batch batch) {
            try {
                while (watchdog != null && !batch.done.isDone()) {
                    try {
                        batch.done.get(giveUpOverdue(batch), TimeUnit.NANOSECONDS);
                    } catch (TimeoutException e) {
                        // look at the batch's evaluations again
                    }
                }
                batch.done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while deciding cases", e);
            } catch (ExecutionException e) {
                close();
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("deciding a case failed", e.getCause());
            }
        }

        /**
         * Gives up each running evaluation of the batch past its deadline: its slot gets the verdict, a new task
         * goes on with the batch. Returns how long to wait before looking again: until the earliest deadline of the
         * evaluations still running, at most a short while.
         */
        private long giveUpOverdue(Batch batch) {
            long wait = LOOK_NANOS;
            for (Slot slot : batch.slots) {
                Watchdog<O>.Evaluation evaluation = slot.evaluation;
                if (evaluation == null || !evaluation.running()) {
                    continue;
                }
                long left = evaluation.deadline() - watchdog.now();
                if (left <= 0 && evaluation.abandon()) {
                    executor.execute(new Taker(batch));
                    try {
                        batch.finish(slot, watchdog.verdict(Watchdog.Verdict.TIMED_OUT));
                    } catch (RuntimeException e) {
                        batch.done.completeExceptionally(e);
                    }
                } else {
                    wait = Math.min(wait, left);
                }
            }
            return Math.max(wait, 0);
        }

        void close() {
            closed = true;
            sourceDone = true;
            window.clear();
            queued.clear();
        }

        /** Counts one more task taking batches, unless there are {@code threads} already. */
        private boolean oneMoreTaker() {
            for (int now = takers.get(); now < threads; now = takers.get()) {
                if (takers.compareAndSet(now, now + 1)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A task that processes batches: the one it is given first (the rest of a batch whose evaluation was given
         * up), then queued ones until none is left. It ends, no longer counted, when none is queued, and, counted no
         * more, when its evaluation was given up (the task that goes on with the batch counts instead).
         */
        private final class Taker implements Runnable {
            private final Batch first;

            Taker(Batch first) {
                this.first = first;
            }

            @Override
            public void run() {
                for (Batch batch = first != null ? first : next(); batch != null; batch = next()) {
                    if (!batch.process()) {
                        return;
                    }
                }
            }

            /** The oldest queued batch; null, counted no more, when none is (unless one was queued meanwhile). */
            private Batch next() {
                while (true) {
                    Batch batch = queued.poll();
                    if (batch != null) {
                        return batch;
                    }
                    takers.decrementAndGet();
                    if (queued.isEmpty() || !oneMoreTaker()) {
                        return null;
                    }
                }
            }
        }

        /**
         * Consecutive items processed together: each task processing it claims the next unclaimed item until none is
         * left, and whoever fills the last slot completes the batch.
         */
        private final class Batch {
            private final List<Slot> slots;
            private final AtomicInteger next = new AtomicInteger();
            private final AtomicInteger unfilled;
            private final CompletableFuture<Void> done = new CompletableFuture<>();

            Batch(List<Slot> slots) {
                this.slots = slots;
                this.unfilled = new AtomicInteger(slots.size());
            }

            /**
             * Processes items until none is left unclaimed or the run is closed; false when it stopped because the
             * evaluation of one was given up (another task goes on with the batch).
             */
            boolean process() {
                try {
                    for (int i = next.getAndIncrement(); i < slots.size() && !closed; i = next.getAndIncrement()) {
                        Slot slot = slots.get(i);
                        O outcome = slot.evaluate();
                        if (slot.abandoned()) {
                            return false;
                        }
                        finish(slot, outcome);
                    }
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
                return true;
            }

            /** Fills the slot with the result of the outcome; the last slot filled completes the batch. */
            void finish(Slot slot, O outcome) {
                slot.value = Objects.requireNonNull(steps.finish(slot.position, slot.read, outcome),
                        "the finisher returned null");
                if (unfilled.decrementAndGet() == 0) {
                    done.complete(null);
                }
            }
        }

        /** One item of a batch: read and evaluated on a worker thread, then its result. */
        private final class Slot {
            private final long position;
            private final T item;
            /** The item read, set before its evaluation starts. */
            private volatile C read;
            /** The item's evaluation under a time limit, once it starts; null without a time limit. */
            private volatile Watchdog<O>.Evaluation evaluation;
            /** The result; read by the caller once the batch is complete. */
            private R value;

            Slot(long position, T item) {
                this.position = position;
                this.item = item;
            }

            O evaluate() {
                C read = steps.read(item);
                this.read = read;
                return steps.evaluate(read, started -> evaluation = started);
            }

            /** Whether the evaluation was given up at the time limit (the caller filled the slot). */
            boolean abandoned() {
                return evaluation != null && evaluation.abandoned();
            }
        }
    }
}
