package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk decisions: in input order whatever the threads, bounded read-ahead, a rejection for each unreadable case, and
 * under a time limit a runaway in the place of a stalled case. Stalled cases wait on a clock the test releases and
 * move a ticker the test owns: no test waits for real time.
 */
class BulkTest {
    private static final ContractRules RULES = ContractRules.of(RuleSets.of("websitenazorg/a.drl", """
            package websitenazorg;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;
            rule "WN.X.1 weekday" @id("WN.X.1") @seed("s") @section("1")
            when Incident(reportedAt.dayOfWeek.value <= 5) then answer.set(IncidentFields.CALAMITY, true); end
            rule "WN.X.2 weekend" @id("WN.X.2") @seed("s") @section("1")
            when Incident(reportedAt.dayOfWeek.value > 5) then answer.set(IncidentFields.CALAMITY, false); end
            """, "connectsecure365/stalls.drl", Stalls.RULES));
    private static final Contract CONTRACT = new Contract("WN-1", Regime.WEBSITENAZORG_O365, null,
            LocalDate.parse("2025-01-01"), 12, new BigDecimal("10.00"), Set.of());
    private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T10:00:00+01:00");
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final Duration LIMIT = Duration.ofMillis(200);

    /** The threads of the test's bulk runs, named after it: a thread pool that grows, as a time limit needs. */
    private final AtomicInteger started = new AtomicInteger();
    private final ThreadFactory named = task -> new Thread(task, "test-bulk-" + started.incrementAndGet());
    private final ExecutorService threads = Executors.newCachedThreadPool(named);
    private final Stalls.FakeTicker ticker = new Stalls.FakeTicker();

    @AfterEach
    void stopTheThreads() throws InterruptedException {
        threads.shutdown();
        assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    private static BulkCase work(int n, int expectedMinutes) {
        return BulkCase.of("work-" + n, BASIS, WorkItem.of(WorkCategory.GENERAL, expectedMinutes));
    }

    private static BulkCase day(int n) {
        return BulkCase.of("case-" + n, CONTRACT, Incident.of(MONDAY.plusDays(n)));
    }

    /** The rules with a time limit measured on the test's ticker, stalling on the clock. */
    private ContractRules limited(Stalls.StallingClock clock, int maxAbandoned) {
        return RULES.withClock(clock).withTimeout(TimeLimit.of(LIMIT).maxAbandoned(maxAbandoned).ticker(ticker)
                .executor(threads));
    }

    @Test
    void outcomesComeInInputOrderOnSeveralThreads() {
        List<BulkResult> results = RULES.bulk().threads(4).executor(threads)
                .reading((Integer n) -> {
                    Thread.yield();
                    return day(n);
                }).decide(IntStream.rangeClosed(1, 300).boxed()).toList();

        assertThat(results).extracting(BulkResult::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 300).mapToObj(Long::valueOf).toList());
        for (BulkResult r : results) {
            int n = (int) r.position();
            assertThat(r.bulkCase().id()).isEqualTo("case-" + n);
            assertThat(((Decision<?>) r.outcome()).as(Incident.class).get(IncidentFields.CALAMITY))
                    .isEqualTo(MONDAY.plusDays(n).getDayOfWeek().getValue() <= 5);
        }
    }

    @Test
    void aRunOfOneThreadDecidesOneCaseAtATimeInInputOrder() {
        AtomicInteger reading = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Integer> readOrder = Collections.synchronizedList(new ArrayList<>());
        List<BulkResult> results = RULES.bulk().threads(1).executor(threads).reading((Integer n) -> {
            mostAtOnce.accumulateAndGet(reading.incrementAndGet(), Math::max);
            readOrder.add(n);
            Thread.yield();
            reading.decrementAndGet();
            return day(n);
        }).decide(IntStream.rangeClosed(1, 8 * Bulk.IN_FLIGHT_PER_THREAD).boxed()).toList();

        assertThat(results).hasSize(8 * Bulk.IN_FLIGHT_PER_THREAD);
        assertThat(mostAtOnce.get()).as("cases read at the same time").isEqualTo(1);
        assertThat(readOrder).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 8 * Bulk.IN_FLIGHT_PER_THREAD).boxed().toList());
    }

    @Test
    void eachOutcomeIsTheOneEvaluateGivesOnTheCommonPoolByDefault() {
        try (Stream<BulkResult> results = RULES.bulk().decide(IntStream.range(0, 14).mapToObj(BulkTest::day))) {
            results.forEach(r -> assertThat(r.outcome())
                    .isEqualTo(RULES.evaluate(CONTRACT, r.bulkCase().input())));
        }
    }

    @Test
    void anUnreadableCaseIsRejectedInItsPlace() {
        BulkCase bad = BulkCase.unreadable("bad", "NOPE", "incident",
                new InvalidInputException("contract", "NOPE", "unknown contract"));

        List<BulkResult> results = RULES.bulk().executor(threads).decide(Stream.of(day(0), bad, day(1))).toList();

        assertThat(results).extracting(BulkResult::decided).containsExactly(true, false, true);
        assertThat(results.get(1).outcome()).isEqualTo(new Rejection.InvalidInput<>("contract", "NOPE",
                "contract: unknown contract (was NOPE)"));
        assertThat(results.get(1).bulkCase().id()).isEqualTo("bad");
        assertThat(results.get(1).position()).isEqualTo(2);
    }

    @Test
    void whatTheReaderThrowsBecomesARejection() {
        List<BulkResult> results = RULES.bulk().threads(2).executor(threads).reading((String s) -> switch (s) {
            case "invalid" -> throw new InvalidInputException("reportedAt", "yesterday", "not a time");
            case "broken" -> throw new IllegalStateException("no such ticket");
            default -> day(0);
        }).decide(Stream.of("ok", "invalid", "broken")).toList();

        assertThat(results.get(0).decided()).isTrue();
        assertThat(results.get(1).outcome()).isEqualTo(new Rejection.InvalidInput<>("reportedAt", "yesterday",
                "reportedAt: not a time (was yesterday)"));
        Rejection<?> broken = (Rejection<?>) results.get(2).outcome();
        assertThat(broken.field()).isEqualTo("input");
        assertThat(broken.message()).contains("no such ticket");
    }

    @Test
    void readsOnlyABoundedWindowAhead() {
        AtomicInteger pulled = new AtomicInteger();
        Stream<BulkCase> endless = Stream.iterate(0, n -> n + 1).peek(n -> pulled.incrementAndGet())
                .map(BulkTest::day);

        try (Stream<BulkResult> results = RULES.bulk().threads(2).executor(threads).decide(endless)) {
            Iterator<BulkResult> it = results.iterator();
            for (int i = 0; i < 50; i++) {
                it.next();
            }
        }

        assertThat(pulled.get()).isBetween(50, 50 + 2 * Bulk.IN_FLIGHT_PER_THREAD);
    }

    @Test
    void aFailingSourceEndsTheRunAfterTheOutcomesReadBeforeIt() {
        Stream<BulkCase> failing = IntStream.range(0, 5).mapToObj(n -> {
            if (n == 3) {
                throw new UncheckedIOException(new java.io.IOException("disk gone"));
            }
            return day(n);
        });
        Iterator<BulkResult> it = RULES.bulk().threads(2).executor(threads).decide(failing).iterator();

        assertThat(it.next().position()).isEqualTo(1);
        assertThat(it.next().position()).isEqualTo(2);
        assertThat(it.next().position()).isEqualTo(3);
        assertThatThrownBy(it::hasNext).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
    }

    @Test
    void closingTheResultsClosesTheSource() {
        AtomicInteger closed = new AtomicInteger();
        RULES.bulk().executor(threads).decide(Stream.of(day(0)).onClose(closed::incrementAndGet)).close();

        assertThat(closed.get()).isEqualTo(1);
    }

    @Test
    void underATimeLimitAStalledCaseIsARunawayInItsPlaceAndTheOthersAreDecidedOnTheBulkThreads() {
        Stalls.StallingClock clock = new Stalls.StallingClock(ticker, LIMIT, 2);
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        ContractRules rules = limited(clock, 3)
                .withFiringObserver(rule -> threadNames.add(Thread.currentThread().getName()));
        List<BulkResult> results;
        try {
            results = rules.bulk().threads(1)
                    .decide(IntStream.rangeClosed(1, 30).mapToObj(n -> work(n, n == 7 || n == 20 ? 1000 : n)))
                    .toList();
        } finally {
            clock.release();
        }

        assertThat(results).extracting(BulkResult::position)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
        for (BulkResult r : results) {
            if (r.position() == 7 || r.position() == 20) {
                assertThat(r.outcome()).isEqualTo(new Rejection.Runaway<>(Rejection.Runaway.Limit.TIME, 200));
                assertThat(r.bulkCase().id()).isEqualTo("work-" + r.position());
            } else {
                assertThat(r.outcome()).as("case %d", r.position()).isInstanceOf(Decision.class);
            }
        }
        assertThat(threadNames).as("decided on the bulk run's threads, no hand-off to other threads")
                .allMatch(name -> name.startsWith("test-bulk-"));
    }

    @Test
    void theCasesAfterAStalledOneInTheSameBatchAreDecidedInOrderAndNotByTheStalledThread() {
        Stalls.StallingClock clock = new Stalls.StallingClock(ticker, LIMIT, 1);
        ContractRules rules = limited(clock, 3);
        int count = 32;
        Map<Long, String> readBy = new ConcurrentHashMap<>();
        CountDownLatch stalledThreadDone = new CountDownLatch(1);
        AtomicReference<String> stalledThread = new AtomicReference<>();
        ExecutorService watched = Executors.newCachedThreadPool(named);
        try {
            List<BulkResult> results = rules.bulk().threads(1).executor(task -> watched.execute(() -> {
                task.run();
                if (Thread.currentThread().getName().equals(stalledThread.get())) {
                    stalledThreadDone.countDown();
                }
            })).reading((Integer n) -> {
                readBy.put((long) n, Thread.currentThread().getName());
                if (n == 2) {
                    stalledThread.set(Thread.currentThread().getName());
                } else if (n == 5) {
                    clock.release();
                } else if (n == 6) {
                    await(stalledThreadDone);
                }
                return work(n, n == 2 ? 1000 : n);
            }).decide(IntStream.rangeClosed(1, count).boxed()).toList();

            assertThat(results).extracting(BulkResult::position)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
            assertThat(results.get(1).outcome()).isEqualTo(new Rejection.Runaway<>(Rejection.Runaway.Limit.TIME,
                    200));
            assertThat(results.get(1).bulkCase().id()).isEqualTo("work-2");
            results.stream().filter(r -> r.position() != 2).forEach(r ->
                    assertThat(r.outcome()).as("case %d", r.position()).isInstanceOf(Decision.class));
            assertThat(readBy.entrySet()).filteredOn(e -> e.getKey() > 2).extracting(Map.Entry::getValue)
                    .as("the stalled thread took no case after it finished").doesNotContain(stalledThread.get());
        } finally {
            clock.release();
            watched.shutdown();
        }
    }

    @Test
    void atTheCapOnAbandonedEvaluationsTheRestOfTheRunIsRefused() {
        Stalls.StallingClock clock = new Stalls.StallingClock(ticker, LIMIT, 1);
        int count = 2 * Bulk.IN_FLIGHT_PER_THREAD + 100;
        List<Outcome<?>> outcomes;
        try {
            outcomes = limited(clock, 1).bulk().threads(1)
                    .decide(IntStream.rangeClosed(1, count).mapToObj(n -> work(n, n == 3 ? 1000 : n)))
                    .map(BulkResult::outcome).toList();
        } finally {
            clock.release();
        }

        assertThat(outcomes.subList(0, 2)).allMatch(o -> o instanceof Decision);
        assertThat(outcomes.get(2)).isEqualTo(new Rejection.Runaway<>(Rejection.Runaway.Limit.TIME, 200));
        assertThat(outcomes.get(count - 1)).as("read after the refusal")
                .isEqualTo(new Rejection.Runaway<>(Rejection.Runaway.Limit.ABANDONED_THREADS, 1));
    }

    @Test
    void theFinisherRunsOnTheBulkThreadsAndItsValuesComeInInputOrder() {
        Thread caller = Thread.currentThread();
        List<String> lines = RULES.bulk().threads(3).executor(threads).reading((Integer n) -> day(n))
                .finishing(r -> r.position() + " " + r.decided() + " " + (Thread.currentThread() != caller))
                .decide(IntStream.rangeClosed(1, 100).boxed()).toList();

        assertThat(lines).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 100).mapToObj(n -> n + " true true").toList());
    }

    @Test
    void aFinisherThatThrowsEndsTheRun() {
        Stream<String> finished = RULES.bulk().threads(2).executor(threads).reading((Integer n) -> day(n)).finishing(r -> {
            if (r.position() == 2) {
                throw new IllegalArgumentException("cannot render");
            }
            return "ok";
        }).decide(IntStream.rangeClosed(1, 5).boxed());

        assertThatThrownBy(finished::toList).isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("cannot render");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
