package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The time limit on the evaluations of a rule set: an evaluation past it is a runaway, the others are decided, and
 * past the cap on abandoned evaluations the rule set is refused until other rules are loaded. Evaluations stall on a
 * clock the test releases, and the limit is measured on a ticker the stalls move: no test waits for real time.
 */
class TimeLimitTest {
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final Duration LIMIT = Duration.ofMillis(250);
    private static final ContractRules RULES = ContractRules.of(RuleSets.of("connectsecure365/stalls.drl",
            Stalls.RULES));

    private final Stalls.FakeTicker ticker = new Stalls.FakeTicker();
    private final Stalls.StallingClock clock = new Stalls.StallingClock(ticker, LIMIT, 1);
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void releaseTheStalledEvaluations() throws InterruptedException {
        clock.release();
        threads.shutdown();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    private static WorkItem work(int expectedMinutes) {
        return WorkItem.of(WorkCategory.GENERAL, expectedMinutes);
    }

    private ContractRules limited(int maxAbandoned) {
        return RULES.withClock(clock).withTimeout(TimeLimit.of(LIMIT).maxAbandoned(maxAbandoned).executor(threads)
                .ticker(ticker));
    }

    @Test
    void anEvaluationPastTheLimitIsARunawayAndTheNextOnesAreDecided() {
        ContractRules rules = limited(TimeLimit.DEFAULT_MAX_ABANDONED);

        List<Outcome<WorkItem>> outcomes = List.of(rules.evaluate(BASIS, work(10)),
                rules.evaluate(BASIS, work(30_000)), rules.evaluate(BASIS, work(20)));

        assertThat(outcomes.get(0)).isInstanceOf(Decision.class);
        assertThat(outcomes.get(1)).isEqualTo(new Rejection.Runaway<>(Rejection.Runaway.Limit.TIME, 250));
        assertThat(((Rejection<?>) outcomes.get(1)).message()).contains("250 ms");
        assertThat(outcomes.get(2)).isInstanceOf(Decision.class);
        assertThatThrownBy(() -> rules.decide(BASIS, work(30_000)))
                .isInstanceOf(nl.contractrules.model.RuleEvaluationException.class).hasMessageContaining("250 ms");
    }

    @Test
    void pastTheCapOnAbandonedEvaluationsTheRuleSetIsRefusedUntilOtherRulesAreLoaded() {
        ContractRules rules = limited(1);

        assertThat(rules.evaluate(BASIS, work(15_000)))
                .isEqualTo(new Rejection.Runaway<>(Rejection.Runaway.Limit.TIME, 250));
        Outcome<WorkItem> next = rules.evaluate(BASIS, work(10));

        assertThat(next).isEqualTo(new Rejection.Runaway<>(Rejection.Runaway.Limit.ABANDONED_THREADS, 1));
        assertThat(((Rejection<?>) next).message()).contains("refused as broken");
        assertThat(rules.withClock(java.time.Clock.systemUTC()).evaluate(BASIS, work(10)))
                .as("the same rule set with another clock").isEqualTo(next);
        ReloadableContractRules reloadable = new ReloadableContractRules(rules);
        assertThat(reloadable.reload(RuleSets.of("connectsecure365/stalls.drl", Stalls.RULES)).ok()).isTrue();
        assertThat(reloadable.current().evaluate(BASIS, work(10)))
                .as("other rules start with no abandoned evaluation").isInstanceOf(Decision.class);
    }

    @Test
    void withoutATimeLimitAnEvaluationRunsOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        AtomicBoolean onCaller = new AtomicBoolean();

        Outcome<WorkItem> outcome = RULES.withFiringObserver(rule -> onCaller.set(Thread.currentThread() == caller))
                .evaluate(BASIS, work(10));

        assertThat(outcome).isInstanceOf(Decision.class);
        assertThat(onCaller).isTrue();
    }

    @Test
    void aTimeLimitIsPositiveAndItsCapAtLeastOne() {
        assertThatThrownBy(() -> RULES.withTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeLimit.of(Duration.ofSeconds(1)).maxAbandoned(0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
