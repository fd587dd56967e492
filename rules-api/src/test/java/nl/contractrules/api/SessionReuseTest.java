package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.Flag;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;

/**
 * Evaluations reuse sessions, and nothing of one evaluation reaches the next: not its facts, not its listener
 * (which counts firings against the runaway bound), not a halt.
 */
class SessionReuseTest {
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final ZonedDateTime SATURDAY = ZonedDateTime.parse("2026-11-21T10:00:00+01:00");

    @Test
    void manyEvaluationsOnATightFiringBoundDecideAsTheFirst() {
        ContractRules rules = ContractRules.bundled();
        var first = rules.decide(BASIS, Incident.reportedAt(SATURDAY));
        // Just enough firings for one evaluation: a listener left from an earlier one would halt a later one.
        ContractRules tight = rules.withMaxFirings(20);

        for (int i = 0; i < 50; i++) {
            assertThat(tight.evaluate(BASIS, Incident.reportedAt(SATURDAY))).as("evaluation %d", i).isEqualTo(first);
        }
    }

    @Test
    void anEvaluationAfterARunawayOneDecidesNormally() {
        ContractRules looping = ContractRules.of(RuleSets.of("connectsecure365/loop.drl", """
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;
                declare Tick n : int end
                rule "TEST.LOOP.1 start" @id("TEST.LOOP.1") @seed("none") @section("none")
                when Incident(allUsersAffected) then insert(new Tick(0)); end
                rule "TEST.LOOP.2 forever" @id("TEST.LOOP.2") @seed("none") @section("none")
                when $t : Tick() then insert(new Tick($t.getN() + 1)); end
                rule "TEST.DONE.1 decided" @id("TEST.DONE.1") @seed("none") @section("none")
                when Incident() then answer.flag("DECIDED"); end
                """, RuleFile.FLAGS, RuleSets.flags("DECIDED"))).withMaxFirings(50);
        Incident loops = Incident.builder(SATURDAY).allUsersAffected(true).build();

        for (int i = 0; i < 5; i++) {
            assertThat(looping.evaluate(BASIS, loops)).isInstanceOfSatisfying(Rejection.class,
                    r -> assertThat(r.message()).contains("runaway"));
            assertThat(looping.decide(BASIS, Incident.reportedAt(SATURDAY)).flags()).extracting(Flag::name).containsExactly("DECIDED");
        }
    }

    @Test
    void threadsSharingTheRulesGetTheDecisionsOfOneThread() throws Exception {
        ContractRules rules = ContractRules.bundled();
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            incidents.add(Incident.reportedAt(SATURDAY.plusHours(7L * i)));
        }
        List<Outcome<Incident>> alone = incidents.stream().map(i -> rules.evaluate(BASIS, i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Outcome<Incident>>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> incidents.stream().map(i -> rules.evaluate(BASIS, i)).toList()));
            }
            for (Future<List<Outcome<Incident>>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
