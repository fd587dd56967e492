package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import nl.contractrules.model.RuleProblem;
import nl.contractrules.model.RuleFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkFields;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloading while serving: a broken rule set never replaces the working one; evaluations stay on their rules. */
class ReloadableContractRulesTest {
    private static final Contract BASIS = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    /** Forty minutes of BASIS work: billed under the bundled 30-minute maximum, covered under 45. */
    private static final WorkItem FORTY = new WorkItem(WorkCategory.GENERAL, 40, null, null, false);
    private static final Map<String, Object> BILLED = Map.of("covered", false, "deductedMinutes", 30,
            "billableMinutes", 10);
    private static final Map<String, Object> COVERED = Map.of("covered", true, "deductedMinutes", 0,
            "billableMinutes", 0);
    private static final List<RuleFile> BUNDLED = RuleFile.bundled();
    private static final List<RuleFile> FORTY_FIVE = edit(BUNDLED, "connectsecure365/tiers.csv",
            "),BASIS,30", "),BASIS,45");
    private static final List<RuleFile> BROKEN = withFile(FORTY_FIVE, "connectsecure365/broken.drl",
            "package connectsecure365;\nrule \"broken\" when Contract( then end\n");

    private static List<RuleFile> edit(List<RuleFile> files, String path, String from, String to) {
        return files.stream().map(f -> {
            if (!f.path().equals(path)) {
                return f;
            }
            String text = new String(f.content(), UTF_8);
            assertThat(text).contains(from);
            return new RuleFile(path, text.replace(from, to).getBytes(UTF_8));
        }).toList();
    }

    private static List<RuleFile> withFile(List<RuleFile> files, String path, String text) {
        List<RuleFile> more = new ArrayList<>(files);
        more.add(new RuleFile(path, text.getBytes(UTF_8)));
        return more;
    }

    /** The fields of the forty-minute decision that tell the two rule sets apart. */
    private static Map<String, Object> forty(ContractRules rules) {
        var d = rules.decide(BASIS, FORTY);
        return Map.of("covered", d.get(WorkFields.COVERED), "deductedMinutes", d.get(WorkFields.DEDUCTED_MINUTES),
                "billableMinutes", d.get(WorkFields.BILLABLE_MINUTES));
    }

    @Test
    void aRuleSetThatDoesNotCompileNeverReplacesTheWorkingOne() {
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());
        ContractRules working = rules.current();

        Validation validation = rules.reload(BROKEN);

        assertThat(validation.ok()).isFalse();
        assertThat(validation.problems()).extracting(RuleProblem::file).containsOnly("connectsecure365/broken.drl");
        assertThat(rules.current()).isSameAs(working);
        assertThat(forty(rules.current())).isEqualTo(BILLED);
    }

    @Test
    void aGoodRuleSetIsUsedFromTheNextEvaluationWithTheSameFiringBound() {
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled().withMaxFirings(1));
        assertThat(rules.current().evaluate(BASIS, FORTY)).isInstanceOf(Rejection.class);

        Validation validation = rules.reload(FORTY_FIVE);

        assertThat(validation.ok()).isTrue();
        assertThat(validation.ruleCount()).isEqualTo(rules.current().ruleCount());
        assertThat(rules.current().evaluate(BASIS, FORTY)).isInstanceOf(Rejection.class)
                .extracting(o -> ((Rejection) o).message()).asString().startsWith("runaway rules");
        assertThat(forty(rules.current().withMaxFirings(ContractRules.DEFAULT_MAX_FIRINGS))).isEqualTo(COVERED);
    }

    @Test
    void aDirectoryIsReloadedAndAMissingOneReportedWithoutAChange(@TempDir Path dir) throws IOException {
        RuleFile.write(FORTY_FIVE, dir);
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());

        assertThat(rules.reload(dir).ok()).isTrue();
        assertThat(forty(rules.current())).isEqualTo(COVERED);
        ContractRules working = rules.current();
        assertThat(rules.reload(dir.resolve("absent")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a directory"));
        assertThat(rules.current()).isSameAs(working);
    }

    @Test
    void aHalfCopiedDirectoryThatLacksARegimeFolderIsRefusedUnlessDroppingIsAllowed(@TempDir Path dir)
            throws IOException {
        RuleFile.write(BUNDLED.stream().filter(f -> !f.path().startsWith("kpneen/")).toList(), dir);
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());
        ContractRules working = rules.current();

        Validation refused = rules.reload(dir);

        assertThat(refused.ok()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("kpneen");
            assertThat(p.message()).contains("regime folder kpneen", "KPN_EEN", "allowDropping()");
        });
        assertThat(rules.current()).isSameAs(working);

        Validation dropped = rules.reload(dir, ReloadOptions.defaults().allowDropping());

        assertThat(dropped.ok()).as(dropped.problems().toString()).isTrue();
        assertThat(rules.current().ruleCount()).isEqualTo(dropped.ruleCount()).isLessThan(working.ruleCount());
        assertThat(rules.current().ruleNames()).noneMatch(name -> name.startsWith("kpneen/"));
    }

    @Test
    void aReloadThatDropsADecisionTableOrACalendarIsRefusedNamingEach() {
        List<RuleFile> renamed = BUNDLED.stream().map(f -> f.path().equals("connectsecure365/tiers.csv")
                ? new RuleFile("connectsecure365/tiers-2027.csv", f.content()) : f).toList();
        List<RuleFile> files = edit(renamed, RuleFile.CALENDARS, "calendar.WN_OFFICE", "# calendar.WN_OFFICE");
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());
        ContractRules working = rules.current();

        Validation refused = rules.reload(files);

        assertThat(refused.problems()).extracting(RuleProblem::file)
                .containsExactly("connectsecure365/tiers.csv", RuleFile.CALENDARS);
        assertThat(refused.problems().get(0).message()).contains("decision table connectsecure365/tiers.csv");
        assertThat(refused.problems().get(1).message()).contains("calendar WN_OFFICE");
        assertThat(refused.ruleCount()).as("the new rules compiled").isPositive();
        assertThat(rules.current()).isSameAs(working);
    }

    @Test
    void aReloadThatDropsATemplateDataTableIsRefusedNamingIt() {
        List<RuleFile> renamed = BUNDLED.stream().map(f -> f.path().equals("kpneen/terms.data.csv")
                ? new RuleFile("kpneen/terms-2027.data.csv", f.content()) : f).toList();
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());
        ContractRules working = rules.current();

        Validation refused = rules.reload(renamed);

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("kpneen/terms.data.csv");
            assertThat(p.message()).contains("template data file kpneen/terms.data.csv", "allowDropping()");
        });
        assertThat(rules.current()).isSameAs(working);
    }

    @Test
    void aRuleSetThatFailsTheAcceptanceCheckIsRefusedWithItsReasons() {
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());
        ContractRules working = rules.current();
        RuleProblem changed = new RuleProblem("scenarios/work.json", 0, "forty minutes are no longer billed");
        ReloadOptions stillBilled = ReloadOptions.defaults()
                .acceptance(candidate -> forty(candidate).equals(BILLED) ? List.of() : List.of(changed));

        assertThat(rules.reload(FORTY_FIVE, stillBilled).problems()).containsExactly(changed);
        assertThat(rules.current()).isSameAs(working);
        assertThat(rules.reload(FORTY_FIVE, ReloadOptions.defaults().acceptance(candidate -> {
            throw new IllegalStateException("no scenario file");
        })).problems()).singleElement().extracting(RuleProblem::message)
                .isEqualTo("the acceptance check failed: no scenario file");
        assertThat(rules.current()).isSameAs(working);

        Validation accepted = rules.reload(FORTY_FIVE, ReloadOptions.defaults()
                .acceptance(candidate -> forty(candidate).equals(COVERED) ? List.of() : List.of(changed)));

        assertThat(accepted.ok()).isTrue();
        assertThat(forty(rules.current())).isEqualTo(COVERED);
    }

    @Test
    void evaluationsDuringReloadsFinishOnTheRulesTheyStartedWith() throws Exception {
        ReloadableContractRules rules = new ReloadableContractRules(ContractRules.bundled());
        int evaluators = 3;
        ExecutorService pool = Executors.newFixedThreadPool(evaluators);
        AtomicBoolean reloading = new AtomicBoolean(true);
        CountDownLatch evaluating = new CountDownLatch(evaluators);
        Set<Map<String, Object>> seen = ConcurrentHashMap.newKeySet();
        try {
            List<Future<Integer>> work = new ArrayList<>();
            for (int i = 0; i < evaluators; i++) {
                work.add(pool.submit(() -> {
                    int evaluations = 0;
                    try {
                        do {
                            ContractRules captured = rules.current();
                            Map<String, Object> first = forty(captured);
                            assertThat(first).isIn(BILLED, COVERED);
                            assertThat(forty(captured)).isEqualTo(first);
                            seen.add(first);
                            evaluations++;
                            evaluating.countDown();
                        } while (reloading.get());
                    } finally {
                        evaluating.countDown();
                    }
                    return evaluations;
                }));
            }
            evaluating.await();
            for (List<RuleFile> files : List.of(FORTY_FIVE, BROKEN, BUNDLED, BROKEN, FORTY_FIVE)) {
                ContractRules before = rules.current();
                Validation validation = rules.reload(files);
                assertThat(validation.ok()).isEqualTo(files != BROKEN);
                if (!validation.ok()) {
                    assertThat(rules.current()).isSameAs(before);
                }
            }
            reloading.set(false);
            for (Future<Integer> f : work) {
                assertThat(f.get()).isPositive();
            }
        } finally {
            reloading.set(false);
            pool.shutdown();
        }
        assertThat(seen).contains(BILLED);
        assertThat(forty(rules.current())).isEqualTo(COVERED);
    }
}
