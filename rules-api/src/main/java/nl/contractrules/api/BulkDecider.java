package nl.contractrules.api;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * {@link BulkCase} (the {@code reader} function) and deciding it run on the worker threads. An item the reader
 * cannot read never ends the run: an {@link InvalidInputException} it throws becomes a {@link Rejection} with that
 * field and message, any other exception a rejection of field {@code input}.
 *
 * <p>Consume the stream to its end or close it ({@code try}-with-resources): either stops the worker threads and
 * closes the source stream. An exception of the source itself (a read error) comes after the outcomes of every
 * item read before it.
 *
 * <pre>{@code
 * try (Stream<BulkResult> results = rules.bulk().threads(4).decide(tickets, t -> toCase(t, contracts))) {
 *     results.forEach(r -> store(r.bulkCase().id(), r.outcome()));
 * }
 * }</pre>
 */
public final class BulkDecider {
    /** Cases read ahead per thread: enough to keep every thread busy while the oldest is still being decided. */
    public static final int IN_FLIGHT_PER_THREAD = 4;
    private static final AtomicInteger POOLS = new AtomicInteger();

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
        Objects.requireNonNull(reader, "reader");
        Results<T> results = new Results<>(items.iterator(), reader);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(results,
                        Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(results::close).onClose(items::close);
    }

    /**
     * Decides one item on the caller's thread as {@link #decide(Stream, Function)} decides each: what the reader
     * cannot read, or throws on, is rejected in the item's place. For runners that split the work themselves.
     */
    public <T> BulkResult decideOne(long position, T item, Function<? super T, BulkCase> reader) {
        BulkCase bulkCase;
        try {
            bulkCase = Objects.requireNonNull(reader.apply(item), "the reader returned no case");
        } catch (InvalidInputException e) {
            bulkCase = BulkCase.unreadable(null, null, null, e);
        } catch (RuntimeException e) {
            bulkCase = BulkCase.unreadable(null, null, null,
                    InvalidInputException.withMessage("input", null, "input: cannot be read: " + e.getMessage()));
        }
        Outcome outcome = bulkCase.readable() ? rules.evaluate(bulkCase.contract(), bulkCase.input())
                : Rejection.InvalidInput.of(bulkCase.problem());
        return new BulkResult(position, bulkCase, outcome);
    }

    /** The outcomes in input order, from a bounded window of cases being decided. */
    private final class Results<T> implements Iterator<BulkResult> {
        private final Iterator<T> source;
        private final Function<? super T, BulkCase> reader;
        private final ArrayDeque<Future<BulkResult>> window = new ArrayDeque<>();
        private ExecutorService pool;
        private RuntimeException sourceFailure;
        private boolean sourceDone;
        private long position;

        Results(Iterator<T> source, Function<? super T, BulkCase> reader) {
            this.source = source;
            this.reader = reader;
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
        public BulkResult next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return await(window.poll());
        }

        private void fill() {
            while (!sourceDone && window.size() < threads * IN_FLIGHT_PER_THREAD) {
                try {
                    if (!source.hasNext()) {
                        sourceDone = true;
                        return;
                    }
                    T item = source.next();
                    long at = ++position;
                    window.add(pool().submit(() -> decideOne(at, item, reader)));
                } catch (RuntimeException e) {
                    sourceDone = true;
                    sourceFailure = e;
                }
            }
        }

        private ExecutorService pool() {
            if (pool == null) {
                String name = "contract-rules-bulk-" + POOLS.incrementAndGet() + "-";
                AtomicInteger count = new AtomicInteger();
                pool = Executors.newFixedThreadPool(threads, task -> {
                    Thread thread = new Thread(task, name + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
            }
            return pool;
        }

        private BulkResult await(Future<BulkResult> future) {
            try {
                return future.get();
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

        void close() {
            sourceDone = true;
            window.forEach(f -> f.cancel(true));
            window.clear();
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }
}
