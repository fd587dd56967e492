package nl.contractrules.api;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import nl.contractrules.engine.compile.BundledRules;
import nl.contractrules.engine.compile.Explanations;
import nl.contractrules.engine.compile.RuleBases;
import nl.contractrules.engine.runtime.FiringLog;
import nl.contractrules.engine.runtime.Sessions;
import nl.contractrules.engine.runtime.Watchdog;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Flag;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleEvaluationException;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.rulesupport.Answer;
import nl.contractrules.time.BusinessTime;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The facade: a compiled rule set that decides cases under contracts.
 *
 * <p>Build it once ({@link #bundled()} or {@link #load(Path)}: compiling is the expensive part) and share it: it is
 * immutable and thread-safe. Three ways to decide: {@link #decide} a case and get its decision or an exception,
 * {@link #evaluate} a case and get its decision or the reason why not, never an exception, or decide a stream of
 * cases in {@link #bulk()}. To check edited rule files without using them, {@link #validate(Path)}; to swap rule
 * sets while serving decisions, {@link ReloadableContractRules}. Rules that others write may compute without end:
 * give them a time limit, {@link #withTimeout(Duration)}.
 *
 * <pre>{@code
 * ContractRules rules = ContractRules.bundled();
 * Decision<Incident> d = rules.decide(contract, Incident.of(now));
 * ZonedDateTime from = d.get(IncidentFields.HANDLED_FROM);
 * Outcome<WorkItem> o = rules.evaluate(contract, WorkItem.of(WorkCategory.GENERAL, 40));
 * }</pre>
 */
public final class ContractRules {
    /** Default bound on rule firings per evaluation: far above any contract's need, far below a hang. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;

    private final RuleBases rules;
    private final Sessions sessions;
    private final BusinessTime time;
    private final int maxFirings;
    /** The time limit on an evaluation; null when there is none, and evaluations run on the caller's thread. */
    private final Watchdog<Outcome<?>> watchdog;
    /** Told the name of every rule that fires; null when none is. */
    private final Consumer<String> observer;

    private ContractRules(RuleBases rules, Sessions sessions, Clock clock, int maxFirings,
            Watchdog<Outcome<?>> watchdog, Consumer<String> observer) {
        this.rules = rules;
        this.sessions = sessions;
        this.time = new BusinessTime(rules.calendars(), clock);
        this.maxFirings = maxFirings;
        this.watchdog = watchdog;
        this.observer = observer;
    }

    private static ContractRules of(RuleBases rules) {
        return new ContractRules(rules, new Sessions(rules), Clock.systemDefaultZone(), DEFAULT_MAX_FIRINGS, null,
                null);
    }

    /** The rules bundled with the library, as the build compiled them (compiled now from DRL if it did not). */
    public static ContractRules bundled() {
        return of(BundledRules.load().orElseGet(() -> compiled(RuleBases.compile(RuleFile.bundled()))));
    }

    /**
     * The rule files in a directory (as written by {@code export-rules}); throws {@link RuleLoadException} listing
     * every problem, also when the directory cannot be read. Compiled as {@link #of(List)} compiles.
     */
    public static ContractRules load(Path directory) {
        return of(compiled(RuleBases.compile(read(directory))));
    }

    /**
     * Compiles the given rule files; throws {@link RuleLoadException} listing every problem. The files are checked,
     * except those of a regime whose files are exactly the bundled ones (which the build checked), and only the
     * regimes whose rules differ from the bundled ones are compiled from DRL: the others are taken as the build
     * compiled them, which decides exactly as their DRL does, so that an edit of one regime reads and compiles one.
     */
    public static ContractRules of(List<RuleFile> files) {
        return of(compiled(RuleBases.compile(files)));
    }

    /**
     * Compiles the given rule files as {@link #of(List)} does, but every regime from DRL, taking nothing the build
     * compiled: slower, and the same decisions (for tests that both ways decide alike).
     */
    public static ContractRules fromDrl(List<RuleFile> files) {
        return of(compiled(RuleBases.compileFromDrl(files)));
    }

    /** Compiles the rule files in a directory to check them: every problem at its file and line, never thrown. */
    public static Validation validate(Path directory) {
        try {
            return validate(read(directory));
        } catch (RuleLoadException e) {
            return new Validation(e.problems(), 0);
        }
    }

    /**
     * Compiles the given rule files to check them: every problem at its file and line, never thrown. Compiled as
     * {@link #of(List)} compiles, only the regimes that differ from the bundled ones read and compiled from DRL, but
     * the rule bases of the others are not built either: the build built and checked them.
     */
    public static Validation validate(List<RuleFile> files) {
        RuleBases.Compilation compilation = RuleBases.check(files);
        return new Validation(compilation.problems(), compilation.ruleCount());
    }

    private static RuleBases compiled(RuleBases.Compilation compilation) {
        if (!compilation.ok()) {
            throw new RuleLoadException(compilation.problems());
        }
        return compilation.rules();
    }

    /** The rule files of a directory; one that cannot be read is a {@link RuleLoadException}. */
    private static List<RuleFile> read(Path directory) {
        try {
            return RuleFile.directory(directory);
        } catch (UncheckedIOException e) {
            throw new RuleLoadException(List.of(new RuleProblem("", 0, e.getMessage())));
        }
    }

    /**
     * What a reload to these files would put in use: the files compiled, and when they compile, rules with this
     * clock, firing bound, time limit and observer (the time limit with no abandoned evaluation), and the regime
     * folders, decision tables and calendars of these rules they lack.
     */
    Successor successor(List<RuleFile> files) {
        RuleBases.Compilation compilation = RuleBases.compile(files);
        Validation validation = new Validation(compilation.problems(), compilation.ruleCount());
        if (!compilation.ok()) {
            return new Successor(null, validation, List.of());
        }
        RuleBases next = compilation.rules();
        return new Successor(new ContractRules(next, new Sessions(next), time.clock(), maxFirings,
                watchdog == null ? null : watchdog.renewed(), observer), validation, rules.droppedBy(next));
    }

    /** What {@link #successor} gives: the new rules (null when they do not compile) and their problems. */
    record Successor(ContractRules rules, Validation validation, List<RuleProblem> dropped) {
    }

    /** The same rules with another clock for "now" (the compiled rule bases are shared, not rebuilt). */
    public ContractRules withClock(Clock clock) {
        return new ContractRules(rules, sessions, Objects.requireNonNull(clock, "clock"), maxFirings, watchdog,
                observer);
    }

    /** The same rules with another bound on rule firings per evaluation. */
    public ContractRules withMaxFirings(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, was " + max);
        }
        return new ContractRules(rules, sessions, time.clock(), max, watchdog, observer);
    }

    /** The same rules with a time limit on each evaluation: {@link TimeLimit#of(Duration)}, see there. */
    public ContractRules withTimeout(Duration limit) {
        return withTimeout(TimeLimit.of(limit));
    }

    /**
     * The same rules with a time limit on each evaluation, for rules that may compute without end: see
     * {@link TimeLimit}. Without one (the default) an evaluation runs on the caller's thread at no extra cost.
     */
    public ContractRules withTimeout(TimeLimit limit) {
        Ticker ticker = limit.ticker();
        return new ContractRules(rules, sessions, time.clock(), maxFirings, new Watchdog<>(limit.limit(),
                limit.maxAbandoned(), limit.executor(), ticker::read, verdict -> switch (verdict) {
                    case TIMED_OUT -> new Rejection.Runaway<>(Rejection.Runaway.Limit.TIME, limit.limit().toMillis());
                    case REFUSED -> new Rejection.Runaway<>(Rejection.Runaway.Limit.ABANDONED_THREADS,
                            limit.maxAbandoned());
                }), observer);
    }

    /**
     * The same rules telling {@code observer} the name ({@link #ruleNames()}) of every rule that fires, on the thread
     * that evaluates, for tools such as a test that every rule fires in some scenario.
     */
    public ContractRules withFiringObserver(Consumer<String> observer) {
        return new ContractRules(rules, sessions, time.clock(), maxFirings, watchdog,
                Objects.requireNonNull(observer, "observer"));
    }

    /** The number of rules in the rule set. */
    public int ruleCount() {
        return rules.ruleCount();
    }

    /** The name of every rule in the rule set, written {@code package/rule name}, e.g. {@code connect1/C1.INV.3 …}. */
    public SortedSet<String> ruleNames() {
        return rules.ruleNames();
    }

    /** The flags the rule set declares, the only ones its rules raise, with what each tells. */
    public SortedMap<Flag, String> flags() {
        return rules.flags();
    }

    /**
     * Decides one case.
     *
     * @throws InvalidInputException when the input is at fault: bad input, or a kind the regime does not decide
     * @throws RuleEvaluationException when the rule set is at fault: no rule applied, a rule failed, or it ran away
     */
    public <K extends CaseInput> Decision<K> decide(Contract contract, K input) {
        Outcome<K> outcome = evaluate(contract, input);
        if (outcome instanceof Rejection<K> rejection) {
            throw rejection.exception();
        }
        return (Decision<K>) outcome;
    }

    /** Decides one case; never throws for bad input or a failing rule set, which come back as a {@link Rejection}. */
    @SuppressWarnings("unchecked")
    public <K extends CaseInput> Outcome<K> evaluate(Contract contract, K input) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(input, "input");
        Regime regime = contract.regime();
        if (!regime.kinds().contains(input.kind())) {
            return new Rejection.UnsupportedKind<>(regime, input.kind());
        }
        return watchdog == null ? fire(contract, input, () -> false)
                : (Outcome<K>) watchdog.run(abandoned -> fire(contract, input, abandoned));
    }

    /** A bulk run on these rules: a stream of cases decided on several threads, the outcomes in input order. */
    public Bulk<BulkCase, BulkResult> bulk() {
        return Bulk.of(this::evaluateInBulk, watchdog);
    }

    /**
     * A case of a bulk run decided as {@link #evaluate} decides it, but with a time limit run on this thread as a
     * watched evaluation ({@code started} is told of it before it runs) for the bulk run to give up past its deadline.
     */
    private Outcome<?> evaluateInBulk(BulkCase bulkCase, Consumer<Watchdog<Outcome<?>>.Evaluation> started) {
        if (!bulkCase.readable()) {
            return Rejection.InvalidInput.of(bulkCase.problem());
        }
        Contract contract = bulkCase.contract();
        CaseInput input = bulkCase.input();
        if (watchdog == null || !contract.regime().kinds().contains(input.kind())) {
            return evaluate(contract, input);
        }
        Watchdog<Outcome<?>>.Evaluation evaluation = watchdog.watch(abandoned -> fire(contract, input, abandoned));
        started.accept(evaluation);
        return evaluation.runHere();
    }

    /** Runs the regime's rules on the case; {@code abandoned} tells, once they are done, whether it was given up. */
    private <K extends CaseInput> Outcome<K> fire(Contract contract, K input, BooleanSupplier abandoned) {
        Regime regime = contract.regime();
        Answer answer = new Answer(input.kind(), rules.flagsByName());
        FiringLog log = new FiringLog(maxFirings, rules.explanations(regime), observer, answer);
        try {
            sessions.run(regime, contract, input, answer, time, log, abandoned);
        } catch (RuntimeException e) {
            return answer.rejected() ? Rejection.InvalidInput.of(answer.rejections().get(0)) : rejectionFor(e);
        }
        if (log.runaway()) {
            return new Rejection.Runaway<>(Rejection.Runaway.Limit.FIRINGS, maxFirings);
        }
        if (answer.rejected()) {
            return Rejection.InvalidInput.of(answer.rejections().get(0));
        }
        if (log.decided() == 0) {
            return new Rejection.NoRuleApplied<>(regime, input.kind());
        }
        return new Decision<>(input.kind(), answer.fields(), log.ruleIds(), log.citations(), answer.flags(),
                rules.flagSet());
    }

    /**
     * A rule that threw: bad input it found, or a broken rule, named through the consequence exception Drools
     * wraps around a failing consequence (a failing condition carries no rule).
     */
    private static <K extends CaseInput> Rejection<K> rejectionFor(RuntimeException e) {
        ConsequenceException consequence = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return Rejection.InvalidInput.of(invalid);
            }
            if (consequence == null && t instanceof ConsequenceException c) {
                consequence = c;
            }
        }
        if (consequence != null) {
            Rule rule = consequence.getRule();
            return new Rejection.RuleFailure<>(String.join(", ", Explanations.ids(rule.getMetaData())),
                    rule.getName(), consequence.getCause() == null ? consequence : consequence.getCause());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Rejection.RuleFailure<>("", "", root);
    }
}
