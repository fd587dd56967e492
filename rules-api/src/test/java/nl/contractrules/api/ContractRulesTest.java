package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.contractrules.model.RuleId;
import nl.contractrules.model.Citation;
import nl.contractrules.model.RuleEvaluationException;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleFile;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import nl.contractrules.model.ChangeRequest;
import nl.contractrules.model.ChangeType;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import nl.contractrules.model.TerminationNotice;
import nl.contractrules.model.TerminationScope;
import org.junit.jupiter.api.Test;

class ContractRulesTest {
    /** The bundled rules, compiled once on first use (the tests with a small rule set of their own do not). */
    private static final class Bundled {
        static final ContractRules RULES = ContractRules.bundled();
    }

    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    private static final ZonedDateTime SATURDAY = ZonedDateTime.parse("2026-11-21T10:00:00+01:00");

    @Test
    void decisionNamesTheRulesThatFiredWithTheirSeedSections() {
        var d = Bundled.RULES.decide(BASIS, Incident.reportedAt(SATURDAY));

        assertThat(d.get(IncidentFields.HANDLED_FROM)).isEqualTo(ZonedDateTime.parse("2026-11-23T08:30:00+01:00[Europe/Amsterdam]"));
        assertThat(d.rules()).extracting(RuleId::toString).contains("CS365.BC.5", "CS365.SW.3", "CS365.PR.1").doesNotHaveDuplicates();
        assertThat(d.citations()).extracting(Citation::id).containsExactlyElementsOf(d.rules());
        assertThat(d.citations()).allSatisfy(c -> {
            assertThat(c.seed()).isEqualTo("000_05f4ee6d280aca41.txt");
            assertThat(c.section()).isNotBlank();
        });
    }

    @Test
    void aKindTheRegimeDoesNotDecideIsRejectedNamingRegimeAndKind() {
        ChangeRequest change = new ChangeRequest(SATURDAY, ChangeType.SOFTWARE_STANDARD);

        assertThatThrownBy(() -> Bundled.RULES.decide(BASIS, change))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("CONNECT_SECURE_365").hasMessageContaining("change");
    }

    @Test
    void aRuleThatFindsBadInputRejectsTheCaseNamingTheField() {
        Contract standaard = Contract.of(Regime.CONNECT_SECURE_365, Tier.STANDAARD);
        TerminationNotice notice = new TerminationNotice(SATURDAY.toLocalDate(), TerminationScope.SUBSCRIPTION, null, null);

        Outcome outcome = Bundled.RULES.evaluate(standaard, notice);

        assertThat(outcome).isInstanceOf(Rejection.class);
        assertThat(((Rejection) outcome).field()).isEqualTo("contract.tier");
    }

    @Test
    void aBatchDecidesEveryCaseInInputOrder() {
        List<Outcome<?>> outcomes = Bundled.RULES.bulk().decide(Stream.of(Incident.reportedAt(SATURDAY),
                new ChangeRequest(SATURDAY, ChangeType.HELP), Incident.reportedAt(SATURDAY.plusDays(2)))
                .map(input -> BulkCase.of(null, BASIS, input))).map(BulkResult::outcome).toList();

        assertThat(outcomes).hasSize(3);
        assertThat(outcomes.get(0)).isInstanceOf(Decision.class);
        assertThat(outcomes.get(1)).isInstanceOf(Rejection.class);
        assertThat(((Decision<?>) outcomes.get(2)).as(Incident.class).get(IncidentFields.HANDLED_FROM))
                .isEqualTo(ZonedDateTime.parse("2026-11-23T10:00:00+01:00[Europe/Amsterdam]"));
    }

    @Test
    void modelValuesAreValidatedOnConstructionNamingFieldAndValue() {
        assertThatThrownBy(() -> Contract.of(Regime.CONNECT_SECURE_365, Tier.PREMIUM))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contract.tier").hasMessageContaining("PREMIUM");
        assertThatThrownBy(() -> Incident.reportedAt(null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reportedAt");
    }

    @Test
    void oneRuleBaseServesConcurrentEvaluations() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Decision>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                ZonedDateTime reported = SATURDAY.plusHours(i);
                futures.add(pool.submit(() -> Bundled.RULES.decide(BASIS, Incident.reportedAt(reported))));
            }
            for (int i = 0; i < futures.size(); i++) {
                ZonedDateTime reported = SATURDAY.plusHours(i);
                ZonedDateTime expected = Bundled.RULES.withClock(java.time.Clock.systemUTC())
                        .decide(BASIS, Incident.reportedAt(reported)).get(IncidentFields.HANDLED_FROM);
                assertThat(futures.get(i).get().get(IncidentFields.HANDLED_FROM)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rulesReadNowFromTheInjectedClock() {
        ContractRules clocked = ContractRules.of(withFlags(withBundledCalendars("""
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;
                global nl.contractrules.time.BusinessTime time;
                rule "TEST.NOW.1 open now" @id("TEST.NOW.1") @seed("none") @section("none")
                when Incident() then
                    if (time.isOpen(time.now(), "CBG_OFFICE")) { answer.flag("OPEN_NOW"); }
                end
                """), "OPEN_NOW"));
        java.time.Clock mondayMorning = java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T09:00:00Z"),
                java.time.ZoneOffset.UTC);
        java.time.Clock sundayMorning = java.time.Clock.fixed(java.time.Instant.parse("2026-11-22T09:00:00Z"),
                java.time.ZoneOffset.UTC);

        assertThat(clocked.withClock(mondayMorning).decide(BASIS, Incident.reportedAt(SATURDAY)).hasFlag("OPEN_NOW"))
                .isTrue();
        assertThat(clocked.withClock(sundayMorning).decide(BASIS, Incident.reportedAt(SATURDAY)).hasFlag("OPEN_NOW"))
                .isFalse();
    }

    @Test
    void aLoopingRuleSetIsStoppedByTheRunawayGuard() {
        ContractRules looping = ContractRules.of(withBundledCalendars("""
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                declare Tick n : int end
                rule "TEST.LOOP.1 start" @id("TEST.LOOP.1") @seed("none") @section("none")
                when Incident() then insert(new Tick(0)); end
                rule "TEST.LOOP.2 forever" @id("TEST.LOOP.2") @seed("none") @section("none")
                when $t : Tick() then insert(new Tick($t.getN() + 1)); end
                """)).withMaxFirings(50);

        Outcome outcome = looping.evaluate(BASIS, Incident.reportedAt(SATURDAY));

        assertThat(outcome).isEqualTo(new Rejection.Runaway(Rejection.Runaway.Limit.FIRINGS, 50));
        assertThat(((Rejection) outcome).field()).isEqualTo("rules");
        assertThat(((Rejection) outcome).message()).contains("runaway");
        assertThatThrownBy(() -> looping.decide(BASIS, Incident.reportedAt(SATURDAY)))
                .isInstanceOfSatisfying(RuleEvaluationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RuleEvaluationException.Reason.RUNAWAY);
                    assertThat(e.getMessage()).isEqualTo(((Rejection<?>) outcome).message());
                });
    }

    @Test
    void aRuleSetWithoutRulesIsRefused() {
        assertThatThrownBy(() -> ContractRules.of(withBundledCalendars(null)))
                .isInstanceOf(RuleLoadException.class).hasMessageContaining("no rules");
    }

    @Test
    void aRuleWithoutItsRulebookIdIsRefusedWithFileAndLine() {
        assertThatThrownBy(() -> ContractRules.of(withBundledCalendars("""
                package connectsecure365;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;

                rule "no citation"
                when Incident() then end
                """)))
                .isInstanceOfSatisfying(RuleLoadException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("connectsecure365/test.drl");
                            assertThat(p.line()).isEqualTo(4);
                            assertThat(p.message()).contains("@id");
                        }));
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> ContractRules.of(withBundledCalendars("""
                package connectsecure365;
                rule "X.Y.1" @id("X.Y.1") @seed("s") @section("s")
                when
                    Incident(
                then
                end
                """)))
                .isInstanceOfSatisfying(RuleLoadException.class, e -> assertThat(e.problems())
                        .allSatisfy(p -> assertThat(p.file()).isEqualTo("connectsecure365/test.drl"))
                        .anySatisfy(p -> assertThat(p.line()).isEqualTo(6))
                        .noneSatisfy(p -> assertThat(p.message()).contains("null Package")));
    }

    /** The files and a flags file declaring these flags. */
    static List<RuleFile> withFlags(List<RuleFile> files, String... flags) {
        List<RuleFile> with = new ArrayList<>(files);
        with.add(new RuleFile(RuleFile.FLAGS, RuleSets.flags(flags).getBytes(UTF_8)));
        return with;
    }

    /** The bundled calendars plus one test rule file (none when {@code drl} is null). */
    static List<RuleFile> withBundledCalendars(String drl) {
        List<RuleFile> files = new ArrayList<>();
        RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS)).forEach(files::add);
        if (drl != null) {
            files.add(new RuleFile("connectsecure365/test.drl", drl.getBytes(UTF_8)));
        }
        return files;
    }
}
