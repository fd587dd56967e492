package nl.contractrules.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.contractrules.model.InvalidInputException;

/**
 * Decides a stream of cases on several threads and gives the outcomes back lazily, in input order.
 *
 * <p>The returned stream reads its source only as fast as its outcomes are consumed: at most
 * {@value #IN_FLIGHT_PER_THREAD} cases per thread are read ahead, so memory stays constant whatever the length of
 * the input. The source is read, and the outcomes are consumed, on the caller's thread; reading each item into a
 * {@link BulkCase} (the {@code reader} function) and deciding it run on the worker threads. The caller's thread
 * hands the items to the workers in batches of consecutive items, one task per batch (two batches per thread in
 * flight), and waits for the oldest batch to be complete before it gives out its outcomes in order. An item the
 * reader cannot read never ends the run: an {@link InvalidInputException} it throws becomes a {@link Rejection}
 * with that field and message, any other exception a rejection of field {@code input}.
 *
 * <p>Consume the stream to its end or close it ({@code try}-with-resources): either stops the worker threads and
 * closes the source stream. An exception of the source itself (a read error) comes after the outcomes of every
 * item read before it.
 *
 * <p>Rules with a time limit ({@link ContractRules#withTimeout(java.time.Duration, int)}) are evaluated on the
 * worker threads themselves, with no hand-off to a watchdog thread per case; the caller's thread, waiting for the
 * oldest batch, enforces the limit on each of its evaluations that has started. A case past it comes back as a
 * {@link Rejection.Runaway} (limit {@code TIME}) in its place, its worker is left to finish on its own and counts
 * as abandoned exactly as for {@link ContractRules#evaluate} (its session is destroyed, not reused; at the rules'
 * cap on abandoned evaluations the rule set is refused as broken), and a new worker thread takes its place and goes
 * on with the rest of the batch, so that as many threads decide. The abandoned worker, if it ever finishes, takes
 * no further case. A case that has not started is never given up.
 *
 * <p>To do more of the per-case work on the worker threads (turning each result into an output line, say), give
 * {@link #decide(Stream, Function, Function)} a function to apply to each result there; the caller's thread then
 * only takes the finished values, in input order.
 *
 * <pre>{@code
 * try (Stream<BulkResult> results = rules.bulk().threads(4).decide(tickets, t -> toCase(t, contracts))) {
 *     results.forEach(r -> store(r.bulkCase().id(), r.outcome()));
 * }
 * }</pre>
 */
public final class BulkDecider {
    /** Consecutive items handed to the worker threads as one task. */
    static final int BATCH = 32;
    /** Batches in flight per thread: one being decided and the next at hand. */
    private static final int BATCHES_PER_THREAD = 2;
    /** Cases read ahead per thread: two batches of consecutive cases, so a thread has more work at hand. */
    public static final int IN_FLIGHT_PER_THREAD = BATCHES_PER_THREAD * BATCH;
    private static final AtomicInteger POOLS = new AtomicInteger();
    /** How long the caller waits at a time when none of the batch's evaluations is running (its items are read). */
    private static final long NOT_RUNNING_WAIT = TimeUnit.MILLISECONDS.toNanos(10);

    private final ContractRules rules;
    private final int threads;

    BulkDecider(ContractRules rules, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.rules = rules;
        this.threads = threads;
    }

    /** The same decider on another number of threads. */
    public BulkDecider threads(int count) {
        return new BulkDecider(rules, count);
    }

    /** The number of threads that decide cases. */
    public int threads() {
        return threads;
    }

    /** The outcome of each case, in input order; see the class comment. */
    public Stream<BulkResult> decide(Stream<BulkCase> cases) {
        return decide(cases, Function.identity());
    }

    /** Reads each item into a case on a worker thread and decides it; the outcomes come in input order. */
    public <T> Stream<BulkResult> decide(Stream<T> items, Function<? super T, BulkCase> reader) {
        return decide(items, reader, Function.identity());
    }

    /**
     * Reads each item into a case, decides it and applies {@code finisher} to the result, all on a worker thread;
     * the finished values come in input order. For a case given up at the time limit the finisher runs on the
     * caller's thread. An exception the finisher throws ends the run (an {@link IllegalStateException} with it as
     * the cause); a finisher must not return null.
     *
     * <pre>{@code
     * try (Stream<String> lines = rules.bulk().decide(tickets, t -> toCase(t, contracts), r -> render(r))) {
     *     lines.forEach(out::println);
     * }
     * }</pre>
     */
    public <T, R> Stream<R> decide(Stream<T> items, Function<? super T, BulkCase> reader,
            Function<? super BulkResult, ? extends R> finisher) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(finisher, "finisher");
        Results<T, R> results = new Results<>(items.iterator(), reader, finisher);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                        Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(results::close).onClose(items::close);
    }

    /**
     * Decides one item on the caller's thread as {@link #decide(Stream, Function)} decides each: what the reader
     * cannot read, or throws on, is rejected in the item's place. For runners that split the work themselves.
     */
    public <T> BulkResult decideOne(long position, T item, Function<? super T, BulkCase> reader) {
        BulkCase bulkCase = read(item, reader);
        Outcome outcome = bulkCase.readable() ? rules.evaluate(bulkCase.contract(), bulkCase.input())
                : Rejection.InvalidInput.of(bulkCase.problem());
        return new BulkResult(position, bulkCase, outcome);
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

    /** The finished outcomes in input order, from a bounded window of batches being decided. */
    private final class Results<T, R> implements Iterator<R> {
        private final Iterator<T> source;
        private final Function<? super T, BulkCase> reader;
        private final Function<? super BulkResult, ? extends R> finisher;
        private final Watchdog watchdog = rules.watchdog();
        private final ArrayDeque<Batch> window = new ArrayDeque<>();
        private ThreadPoolExecutor pool;
        /** Worker threads started in the place of workers left running past the time limit, not yet finished. */
        private int replacements;
        private RuntimeException sourceFailure;
        private boolean sourceDone;
        private long position;
        /** Values of the oldest batch in the window already handed out. */
        private int handedOut;

        Results(Iterator<T> source, Function<? super T, BulkCase> reader,
                Function<? super BulkResult, ? extends R> finisher) {
            this.source = source;
            this.reader = reader;
            this.finisher = finisher;
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

        /** Reads batches of items and hands them to the workers until the window is full or the source ends. */
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
                    pool().execute(batch);
                }
            }
        }

        private ThreadPoolExecutor pool() {
            if (pool == null) {
                String name = "contract-rules-bulk-" + POOLS.incrementAndGet() + "-";
                AtomicInteger count = new AtomicInteger();
                pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.NANOSECONDS, new LinkedBlockingQueue<>(),
                        task -> {
                            Thread thread = new Thread(task, name + count.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
            }
            return pool;
        }

        /** One more worker thread (for one left running past the time limit), or one fewer (once it finished). */
        private synchronized void replace(int change) {
            replacements += change;
            int size = threads + replacements;
            if (size > pool.getMaximumPoolSize()) {
                pool.setMaximumPoolSize(size);
                pool.setCorePoolSize(size);
            } else {
                pool.setCorePoolSize(size);
                pool.setMaximumPoolSize(size);
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
         * Gives up each running evaluation of the batch past its deadline: its slot gets a runaway, a new worker
         * takes the abandoned one's place and goes on with the batch. Returns how long to wait before looking
         * again: until the earliest deadline of the evaluations still running, or a short while when none is.
         */
        private long giveUpOverdue(Batch batch) {
            long wait = NOT_RUNNING_WAIT;
            boolean running = false;
            for (Slot slot : batch.slots) {
                Watchdog.Evaluation evaluation = slot.evaluation;
                if (evaluation == null || !evaluation.running()) {
                    continue;
                }
                long left = evaluation.deadline() - System.nanoTime();
                if (left <= 0 && evaluation.abandon()) {
                    replace(1);
                    pool.execute(batch);
                    try {
                        batch.finish(slot, watchdog.timedOut());
                    } catch (RuntimeException e) {
                        batch.done.completeExceptionally(e);
                    }
                } else {
                    wait = running ? Math.min(wait, left) : left;
                    running = true;
                }
            }
            return Math.max(wait, 0);
        }

        void close() {
            sourceDone = true;
            window.clear();
            if (pool != null) {
                pool.shutdownNow();
            }
        }

        /**
         * Consecutive items decided as one task: each worker running it claims the next unclaimed item until none
         * is left, and whoever fills the last slot completes the batch.
         */
        private final class Batch implements Runnable {
            private final List<Slot> slots;
            private final AtomicInteger next = new AtomicInteger();
            private final AtomicInteger unfilled;
            private final CompletableFuture<Void> done = new CompletableFuture<>();

            Batch(List<Slot> slots) {
                this.slots = slots;
                this.unfilled = new AtomicInteger(slots.size());
            }

            /** Decides items until none is left unclaimed, or until one of them is given up at the time limit. */
            @Override
            public void run() {
                try {
                    for (int i = next.getAndIncrement(); i < slots.size(); i = next.getAndIncrement()) {
                        Slot slot = slots.get(i);
                        Outcome outcome = slot.decide();
                        if (slot.abandoned()) {
                            replace(-1);
                            return;
                        }
                        finish(slot, outcome);
                    }
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }

            /** Fills the slot with the finisher's value for the outcome; the last slot filled completes the batch. */
            void finish(Slot slot, Outcome outcome) {
                slot.value = Objects.requireNonNull(
                        finisher.apply(new BulkResult(slot.position, slot.bulkCase, outcome)),
                        "the finisher returned null");
                if (unfilled.decrementAndGet() == 0) {
                    done.complete(null);
                }
            }
        }

        /** One item of a batch: read and decided on a worker thread, then its finished value. */
        private final class Slot {
            private final long position;
            private final T item;
            /** The case read from the item, set before its evaluation starts. */
            private volatile BulkCase bulkCase;
            /** The case's evaluation under a time limit, once it starts; null without a time limit. */
            private volatile Watchdog.Evaluation evaluation;
            /** The finished value; read by the caller once the batch is complete. */
            private R value;

            Slot(long position, T item) {
                this.position = position;
                this.item = item;
            }

            Outcome decide() {
                BulkCase read = read(item, reader);
                bulkCase = read;
                return read.readable()
                        ? rules.evaluateWatched(read.contract(), read.input(), started -> evaluation = started)
                        : Rejection.InvalidInput.of(read.problem());
            }

            /** Whether the evaluation was given up at the time limit (the caller filled the slot). */
            boolean abandoned() {
                return evaluation != null && evaluation.abandoned();
            }
        }
    }
}
