package nl.contractrules.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The time limit on evaluations, on a ticker the test moves and threads it starts itself: an evaluation past its
 * limit is abandoned and counted until it finishes, and at the cap nothing more runs. No test waits for real time.
 */
class WatchdogTest {
    private static final Duration LIMIT = Duration.ofMillis(100);

    /** The ticker the watchdog reads, moved by the evaluations. */
    private final AtomicLong ticker = new AtomicLong();
    /** The threads the watchdog handed evaluations to. */
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final Executor executor = task -> {
        Thread thread = new Thread(task, "test-evaluation-" + threads.size());
        threads.add(thread);
        thread.start();
    };

    private Watchdog<String> watchdog(int maxAbandoned) {
        return new Watchdog<>(LIMIT, maxAbandoned, executor, ticker::get, verdict -> verdict.name());
    }

    /** An evaluation that moves the ticker past the limit and then waits until the latch is opened. */
    private Watchdog.Task<String> stuckUntil(CountDownLatch latch, AtomicBoolean abandonedSeen) {
        return abandoned -> {
            ticker.addAndGet(LIMIT.toNanos() + 1);
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            abandonedSeen.set(abandoned.getAsBoolean());
            return "late";
        };
    }

    /** Waits until every thread the watchdog started has finished. */
    private void joinThreads() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    @Test
    void anEvaluationWithinTheLimitGivesItsOutcomeFromAThreadOfTheExecutor() {
        Watchdog<String> watchdog = watchdog(2);
        Thread caller = Thread.currentThread();
        AtomicBoolean elsewhere = new AtomicBoolean();

        assertThat(watchdog.run(abandoned -> {
            elsewhere.set(Thread.currentThread() != caller && Thread.currentThread().getName().startsWith("test-"));
            return "done";
        })).isEqualTo("done");
        assertThat(elsewhere).isTrue();
        assertThatThrownBy(() -> watchdog.run(abandoned -> {
            throw new IllegalStateException("broken rule set");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken rule set");
    }

    @Test
    void anEvaluationPastTheLimitIsAbandonedAndCountedUntilItFinishes() throws InterruptedException {
        Watchdog<String> watchdog = watchdog(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean toldAbandoned = new AtomicBoolean();
        try {
            assertThat(watchdog.run(stuckUntil(release, toldAbandoned))).isEqualTo("TIMED_OUT");
            assertThat(watchdog.abandoned()).isEqualTo(1);
        } finally {
            release.countDown();
        }
        joinThreads();

        assertThat(watchdog.abandoned()).as("the abandoned evaluation finished").isZero();
        assertThat(toldAbandoned).as("it was told it was abandoned, so its session is not reused").isTrue();
        assertThat(watchdog.run(abandoned -> "done")).isEqualTo("done");
    }

    @Test
    void atTheCapOnAbandonedEvaluationsNothingMoreRunsForGood() throws InterruptedException {
        Watchdog<String> watchdog = watchdog(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ran = new AtomicBoolean();
        try {
            assertThat(watchdog.run(stuckUntil(release, new AtomicBoolean()))).isEqualTo("TIMED_OUT");
            assertThat(watchdog.run(stuckUntil(release, new AtomicBoolean()))).isEqualTo("TIMED_OUT");

            assertThat(watchdog.run(abandoned -> {
                ran.set(true);
                return "done";
            })).isEqualTo("REFUSED");
        } finally {
            release.countDown();
        }
        joinThreads();

        assertThat(ran).as("a refused rule set runs nothing").isFalse();
        assertThat(watchdog.abandoned()).isZero();
        assertThat(watchdog.run(abandoned -> "done")).as("refused for good, even once they finished")
                .isEqualTo("REFUSED");
        assertThat(watchdog.renewed().run(abandoned -> "done")).as("other rules start afresh").isEqualTo("done");
    }

    @Test
    void anEvaluationTheExecutorHasNotStartedByTheDeadlineIsAbandonedAllTheSame() throws InterruptedException {
        List<Runnable> queued = new CopyOnWriteArrayList<>();
        Watchdog<String> watchdog = new Watchdog<>(LIMIT, 2, task -> {
            queued.add(task);
            ticker.addAndGet(LIMIT.toNanos() + 1);
        }, ticker::get, verdict -> verdict.name());
        AtomicBoolean toldAbandoned = new AtomicBoolean();

        assertThat(watchdog.run(abandoned -> {
            toldAbandoned.set(abandoned.getAsBoolean());
            return "late";
        })).isEqualTo("TIMED_OUT");
        assertThat(watchdog.abandoned()).isEqualTo(1);
        queued.forEach(Runnable::run);

        assertThat(toldAbandoned).isTrue();
        assertThat(watchdog.abandoned()).isZero();
    }

    @Test
    void aWatchedEvaluationRunsOnTheCallersThreadAndIsGivenUpFromAnother() throws InterruptedException {
        Watchdog<String> watchdog = watchdog(2);
        Thread caller = Thread.currentThread();
        Watchdog<String>.Evaluation quick = watchdog.watch(abandoned -> Thread.currentThread() == caller ? "here"
                : "elsewhere");
        assertThat(quick.runHere()).isEqualTo("here");

        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Watchdog<String>.Evaluation slow = watchdog.watch(abandoned -> {
            ticker.addAndGet(LIMIT.toNanos() + 1);
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "late";
        });
        String[] outcome = new String[1];
        Thread runner = new Thread(() -> outcome[0] = slow.runHere());
        runner.start();
        started.await();

        assertThat(slow.running()).isTrue();
        assertThat(watchdog.now()).isGreaterThan(slow.deadline());
        assertThat(slow.abandon()).isTrue();
        assertThat(watchdog.abandoned()).isEqualTo(1);
        release.countDown();
        runner.join();

        assertThat(outcome[0]).as("past its limit, whoever looked first").isEqualTo("TIMED_OUT");
        assertThat(watchdog.abandoned()).isZero();
    }
}
