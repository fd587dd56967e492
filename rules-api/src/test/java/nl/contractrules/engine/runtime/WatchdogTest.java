package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.Test;

/** The time limit on evaluations: a rule that computes without end is abandoned, and a batch goes on. */
class WatchdogTest {
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final Outcome DONE = new Rejection.NoRuleApplied(Regime.CONNECT_SECURE_365,
            CaseKind.WORK);
    private static final Rejection.Runaway TIMED_OUT = new Rejection.Runaway(Rejection.Runaway.Limit.TIME, 100);

    /**
     * A rule the guard lets through (no while, do, counting for or recursion, one firing) whose consequence walks
     * expectedMinutes² list elements: for 30,000 minutes nearly a billion, seconds of computing.
     */
    private static final String SPINNING = """
            package connectsecure365;
            import nl.contractrules.model.*;
            import java.util.Collections;
            rule "TEST.DONE.1 short work is done" @id("TEST.DONE.1") @seed("none") @section("none")
            when WorkItem(expectedMinutes < 1000) then end
            rule "TEST.SPIN.1 long work spins" @id("TEST.SPIN.1") @seed("none") @section("none")
            when $w : WorkItem(expectedMinutes >= 1000) then
                long n = 0;
                for (Object x : Collections.nCopies($w.expectedMinutes(), "x")) {
                    for (Object y : Collections.nCopies($w.expectedMinutes(), "y")) {
                        n += y.hashCode();
                    }
                }
                if (n == 42) { insert(new TimeLimitTestMarker()); }
            end
            declare TimeLimitTestMarker end
            """;

    private static WorkItem work(int expectedMinutes) {
        return new WorkItem(WorkCategory.GENERAL, expectedMinutes, null, null, false);
    }

    /** The spinning rules, after one evaluation without a time limit (the first one compiles consequences). */
    private static ContractRules spinning() {
        ContractRules rules = ContractRules.of(ContractRulesTest.withBundledCalendars(SPINNING));
        assertThat(rules.evaluate(BASIS, work(10))).isInstanceOf(Decision.class);
        return rules;
    }

    @Test
    void aSpinningConsequenceIsAbandonedAtTheTimeLimitAndTheBatchGoesOn() {
        ContractRules rules = spinning().withTimeout(Duration.ofMillis(250));

        long start = System.nanoTime();
        List<Outcome> outcomes = rules.decideAll(BASIS, List.of(work(10), work(30_000), work(20)));
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(outcomes.get(0)).isInstanceOf(Decision.class);
        assertThat(outcomes.get(1)).isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.TIME, 250));
        assertThat(((Rejection) outcomes.get(1)).message()).contains("250 ms");
        assertThat(outcomes.get(2)).isInstanceOf(Decision.class);
        assertThat(millis).as("the batch did not wait for the spinning rule").isLessThan(2_000);
    }

    @Test
    void pastTheCapOnAbandonedEvaluationsTheRuleSetIsRefusedAsBroken() {
        ContractRules rules = spinning().withTimeout(Duration.ofMillis(200), 1);

        assertThat(rules.evaluate(BASIS, work(15_000)))
                .isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.TIME, 200));
        Outcome next = rules.evaluate(BASIS, work(10));

        assertThat(next).isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.ABANDONED_THREADS, 1));
        assertThat(((Rejection) next).message()).contains("refused as broken");
        assertThat(rules.withClock(Clock.systemUTC()).evaluate(BASIS, work(10)))
                .as("the same rule set with another clock").isEqualTo(next);
        ContractRules reloaded = ContractRules.of(ContractRulesTest.withBundledCalendars(SPINNING));
        assertThat(rules.withRules(reloaded.compiled()).evaluate(BASIS, work(10)))
                .as("other rules start with no abandoned evaluation").isInstanceOf(Decision.class);
    }

    @Test
    void withoutATimeLimitTheSpinningRuleRunsOnTheCallersThreadToItsEnd() {
        ContractRules rules = spinning();
        Thread caller = Thread.currentThread();
        AtomicBoolean onCaller = new AtomicBoolean();

        Outcome outcome = rules.withFiringObserver(rule -> onCaller.set(Thread.currentThread() == caller))
                .evaluate(BASIS, work(1_000));

        assertThat(outcome).isInstanceOf(Decision.class);
        assertThat(onCaller).isTrue();
    }

    @Test
    void anEvaluationWithinTheLimitGivesItsOutcomeFromAWorkerThread() {
        Watchdog watchdog = new Watchdog(Duration.ofSeconds(10), 2);
        Thread caller = Thread.currentThread();
        AtomicBoolean onWorker = new AtomicBoolean();

        assertThat(watchdog.run(() -> {
            onWorker.set(Thread.currentThread() != caller && Thread.currentThread().isDaemon());
            return DONE;
        })).isSameAs(DONE);
        assertThat(onWorker).isTrue();
        assertThatThrownBy(() -> watchdog.run(() -> {
            throw new IllegalStateException("broken rule set");
        })).isInstanceOf(IllegalStateException.class).hasMessage("broken rule set");
    }

    @Test
    void anAbandonedEvaluationCountsUntilItFinishesAndAtTheCapNothingMoreRuns() throws InterruptedException {
        Watchdog watchdog = new Watchdog(Duration.ofMillis(100), 2);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        Supplier<Outcome> stuck = waitingFor(release);
        Supplier<Outcome> stuckAgain = waitingFor(second);
        try {
            assertThat(watchdog.run(stuck)).isEqualTo(TIMED_OUT);
            assertThat(watchdog.abandoned()).isEqualTo(1);
            release.countDown();
            awaitAbandoned(watchdog, 0);
            assertThat(watchdog.run(() -> DONE)).as("one abandoned evaluation that finished").isSameAs(DONE);

            assertThat(watchdog.run(stuckAgain)).isEqualTo(TIMED_OUT);
            assertThat(watchdog.run(stuckAgain)).isEqualTo(TIMED_OUT);
            AtomicBoolean ran = new AtomicBoolean();
            assertThat(watchdog.run(() -> {
                ran.set(true);
                return DONE;
            })).isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.ABANDONED_THREADS, 2));
            assertThat(ran).as("a refused rule set runs nothing").isFalse();
            second.countDown();
            awaitAbandoned(watchdog, 0);
            assertThat(watchdog.run(() -> DONE)).as("refused for good, even once the workers finish")
                    .isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.ABANDONED_THREADS, 2));
            assertThat(watchdog.renewed().run(() -> DONE)).isSameAs(DONE);
        } finally {
            release.countDown();
            second.countDown();
        }
    }

    private static Supplier<Outcome> waitingFor(CountDownLatch latch) {
        return () -> {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DONE;
        };
    }

    private static void awaitAbandoned(Watchdog watchdog, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (watchdog.abandoned() != count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(watchdog.abandoned()).isEqualTo(count);
    }

    @Test
    void aTimeLimitMustBePositive() {
        ContractRules rules = ContractRules.of(ContractRulesTest.withBundledCalendars(SPINNING));
        assertThatThrownBy(() -> rules.withTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withTimeout(Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
