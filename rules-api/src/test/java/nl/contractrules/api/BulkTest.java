package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.junit.jupiter.api.Test;

/** Bulk decisions: in input order whatever the threads, bounded read-ahead, a rejection for each unreadable case. */
class BulkDeciderTest {
    private static final ContractRules RULES = ContractRules.of(RuleSets.of("websitenazorg/a.drl", """
            package websitenazorg;
            import nl.contractrules.model.*;
            global Answer answer;
            rule "WN.X.1 weekday" @id("WN.X.1") @seed("s") @section("1")
            when Incident(reportedAt.dayOfWeek.value <= 5) then answer.set(IncidentFields.CALAMITY, true); end
            rule "WN.X.2 weekend" @id("WN.X.2") @seed("s") @section("1")
            when Incident(reportedAt.dayOfWeek.value > 5) then answer.set(IncidentFields.CALAMITY, false); end
            """));
    private static final Contract CONTRACT = new Contract("WN-1", Regime.WEBSITENAZORG_O365, null,
            LocalDate.parse("2025-01-01"), 12, new BigDecimal("10.00"), Set.of());
    private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T10:00:00+01:00");

    /** Work expected to take 999 minutes keeps its evaluation computing for three seconds, 998 minutes for one. */
    private static final String STALLING = """
            package connectsecure365;
            import nl.contractrules.model.*;
            import java.time.Instant;
            import java.util.Collections;
            rule "TEST.DONE.1 work is done" @id("TEST.DONE.1") @seed("none") @section("none")
            when WorkItem(expectedMinutes < 998) then end
            rule "TEST.STALL.1 some work stalls" @id("TEST.STALL.1") @seed("none") @section("none")
            when WorkItem($minutes : expectedMinutes >= 998) then
                Instant end = Instant.now().plusSeconds($minutes == 999 ? 3 : 1);
                for (Object x : Collections.nCopies(Integer.MAX_VALUE, "x")) {
                    if (Instant.now().isAfter(end)) { break; }
                }
            end
            """;
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);

    private static BulkCase work(int n, int expectedMinutes) {
        return BulkCase.of("work-" + n, BASIS, WorkItem.of(WorkCategory.GENERAL, expectedMinutes));
    }

    private static BulkCase day(int n) {
        return BulkCase.of("case-" + n, CONTRACT, Incident.reportedAt(MONDAY.plusDays(n)));
    }

    @Test
    void outcomesComeInInputOrderOnSeveralThreads() {
        List<BulkResult> results = RULES.bulk().threads(4).decide(IntStream.rangeClosed(1, 300).boxed(), n -> {
            sleepUpTo(3);
            return day(n);
        }).toList();

        assertThat(results).extracting(BulkResult::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 300).mapToObj(Long::valueOf).toList());
        for (BulkResult r : results) {
            int n = (int) r.position();
            assertThat(r.bulkCase().id()).isEqualTo("case-" + n);
            assertThat(((Decision) r.outcome()).get(IncidentFields.CALAMITY))
                    .isEqualTo(MONDAY.plusDays(n).getDayOfWeek().getValue() <= 5);
        }
    }

    @Test
    void eachOutcomeIsTheOneEvaluateGives() {
        try (Stream<BulkResult> results = RULES.decideStream(IntStream.range(0, 14).mapToObj(BulkDeciderTest::day))) {
            results.forEach(r -> assertThat(r.outcome())
                    .isEqualTo(RULES.evaluate(CONTRACT, r.bulkCase().input())));
        }
    }

    @Test
    void anUnreadableCaseIsRejectedInItsPlace() {
        BulkCase bad = BulkCase.unreadable("bad", "NOPE", "incident",
                new InvalidInputException("contract", "NOPE", "unknown contract"));

        List<BulkResult> results = RULES.decideStream(Stream.of(day(0), bad, day(1))).toList();

        assertThat(results).extracting(BulkResult::decided).containsExactly(true, false, true);
        assertThat(results.get(1).outcome()).isEqualTo(new Rejection.InvalidInput("contract", "NOPE", "contract: unknown contract (was NOPE)"));
        assertThat(results.get(1).bulkCase().id()).isEqualTo("bad");
        assertThat(results.get(1).position()).isEqualTo(2);
    }

    @Test
    void whatTheReaderThrowsBecomesARejection() {
        List<BulkResult> results = RULES.bulk().threads(2).decide(Stream.of("ok", "invalid", "broken"), s -> switch (s) {
            case "invalid" -> throw new InvalidInputException("reportedAt", "yesterday", "not a time");
            case "broken" -> throw new IllegalStateException("no such ticket");
            default -> day(0);
        }).toList();

        assertThat(results.get(0).decided()).isTrue();
        assertThat(results.get(1).outcome())
                .isEqualTo(new Rejection.InvalidInput("reportedAt", "yesterday", "reportedAt: not a time (was yesterday)"));
        Rejection broken = (Rejection) results.get(2).outcome();
        assertThat(broken.field()).isEqualTo("input");
        assertThat(broken.message()).contains("no such ticket");
    }

    @Test
    void readsOnlyABoundedWindowAhead() {
        AtomicInteger pulled = new AtomicInteger();
        Stream<BulkCase> endless = Stream.iterate(0, n -> n + 1).peek(n -> pulled.incrementAndGet())
                .map(BulkDeciderTest::day);

        try (Stream<BulkResult> results = RULES.bulk().threads(2).decide(endless)) {
            Iterator<BulkResult> it = results.iterator();
            for (int i = 0; i < 50; i++) {
                it.next();
            }
        }

        assertThat(pulled.get()).isBetween(50, 50 + 2 * BulkDecider.IN_FLIGHT_PER_THREAD);
    }

    @Test
    void aFailingSourceEndsTheRunAfterTheOutcomesReadBeforeIt() {
        Stream<BulkCase> failing = IntStream.range(0, 5).mapToObj(n -> {
            if (n == 3) {
                throw new UncheckedIOException(new java.io.IOException("disk gone"));
            }
            return day(n);
        });
        Iterator<BulkResult> it = RULES.bulk().threads(2).decide(failing).iterator();

        assertThat(it.next().position()).isEqualTo(1);
        assertThat(it.next().position()).isEqualTo(2);
        assertThat(it.next().position()).isEqualTo(3);
        assertThatThrownBy(it::hasNext).isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk gone");
    }

    @Test
    void closingTheResultsClosesTheSource() {
        AtomicInteger closed = new AtomicInteger();
        RULES.decideStream(Stream.of(day(0)).onClose(closed::incrementAndGet)).close();

        assertThat(closed.get()).isEqualTo(1);
    }

    /** The stalling rules, after one evaluation without a time limit (the first one compiles consequences). */
    private static ContractRules stalling() {
        ContractRules rules = ContractRules.of(ContractRulesTest.withBundledCalendars(STALLING));
        assertThat(rules.evaluate(BASIS, WorkItem.of(WorkCategory.GENERAL, 1))).isInstanceOf(Decision.class);
        return rules;
    }

    @Test
    void underATimeLimitAStalledCaseIsARunawayInItsPlaceAndTheOthersAreDecidedOnTheBulkThreads() {
        Set<String> threadNames = ConcurrentHashMap.newKeySet();
        ContractRules rules = stalling().withFiringObserver(rule -> threadNames.add(Thread.currentThread().getName()))
                .withTimeout(Duration.ofMillis(200), 3);

        long start = System.nanoTime();
        List<BulkResult> results = rules.bulk().threads(1)
                .decide(IntStream.rangeClosed(1, 30).mapToObj(n -> work(n, n == 7 || n == 20 ? 999 : n)))
                .toList();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(results).extracting(BulkResult::position)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
        for (BulkResult r : results) {
            if (r.position() == 7 || r.position() == 20) {
                assertThat(r.outcome()).isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.TIME, 200));
                assertThat(r.bulkCase().id()).isEqualTo("work-" + r.position());
            } else {
                assertThat(r.outcome()).as("case %d", r.position()).isInstanceOf(Decision.class);
            }
        }
        assertThat(millis).as("one thread, replaced: the run did not wait for the stalled cases").isLessThan(2_500);
        assertThat(rules.watchdog().abandoned()).as("both stalled workers, still computing").isEqualTo(2);
        assertThat(threadNames).as("no hand-off to a watchdog thread")
                .allMatch(name -> name.startsWith("contract-rules-bulk-"));
    }

    @Test
    void theCasesAfterAStalledOneInTheSameBatchAreDecidedInOrderAndNotByTheStalledWorker() {
        ContractRules rules = stalling().withTimeout(Duration.ofMillis(250), 3);
        int count = BulkDecider.BATCH;
        Map<Long, String> readBy = new ConcurrentHashMap<>();

        List<BulkResult> results = rules.bulk().threads(1).decide(IntStream.rangeClosed(1, count).boxed(), n -> {
            readBy.put((long) n, Thread.currentThread().getName());
            sleep(n > 2 ? 2_500 / count : 0);
            return work(n, n == 2 ? 998 : n);
        }).toList();

        assertThat(results).extracting(BulkResult::position)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(results.get(1).outcome()).isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.TIME, 250));
        assertThat(results.get(1).bulkCase().id()).isEqualTo("work-2");
        results.stream().filter(r -> r.position() != 2).forEach(r ->
                assertThat(r.outcome()).as("case %d", r.position()).isInstanceOf(Decision.class));
        String stalled = readBy.get(2L);
        assertThat(readBy.entrySet()).filteredOn(e -> e.getKey() > 2).extracting(Map.Entry::getValue)
                .as("the stalled worker took no case after it finished").doesNotContain(stalled);
        assertThat(rules.watchdog().abandoned())
                .as("the stalled worker finished (after a second) before the batch was complete (after 2.5)").isZero();
    }

    @Test
    void atTheCapOnAbandonedEvaluationsTheRestOfTheRunIsRefused() {
        ContractRules rules = stalling().withTimeout(Duration.ofMillis(100), 1);
        int count = 2 * BulkDecider.IN_FLIGHT_PER_THREAD + 100;

        List<Outcome> outcomes = rules.bulk().threads(2)
                .decide(IntStream.rangeClosed(1, count).mapToObj(n -> work(n, n == 3 ? 999 : n)))
                .map(BulkResult::outcome).toList();

        assertThat(outcomes.subList(0, 2)).allMatch(o -> o instanceof Decision);
        assertThat(outcomes.get(2)).isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.TIME, 100));
        assertThat(outcomes.get(count - 1)).as("read after the refusal")
                .isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.ABANDONED_THREADS, 1));
    }

    @Test
    void theFinisherRunsOnTheWorkerThreadsAndItsValuesComeInInputOrder() {
        Thread caller = Thread.currentThread();
        List<String> lines = RULES.bulk().threads(3).decide(IntStream.rangeClosed(1, 100).boxed(), n -> {
            sleepUpTo(2);
            return day(n);
        }, r -> r.position() + " " + r.decided() + " " + (Thread.currentThread() != caller)).toList();

        assertThat(lines).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 100).mapToObj(n -> n + " true true").toList());
    }

    @Test
    void aFinisherThatThrowsEndsTheRun() {
        Stream<String> finished = RULES.bulk().threads(2).decide(IntStream.rangeClosed(1, 5).boxed(),
                BulkDeciderTest::day, r -> {
                    if (r.position() == 2) {
                        throw new IllegalArgumentException("cannot render");
                    }
                    return "ok";
                });

        assertThatThrownBy(finished::toList).isInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("cannot render");
    }

    private static void sleepUpTo(int millis) {
        sleep(ThreadLocalRandom.current().nextInt(millis + 1));
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
