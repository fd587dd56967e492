package nl.contractrules.api;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.contractrules.model.Answer;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.time.BusinessTime;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * The facade: a compiled rule set that decides cases under contracts.
 *
 * <p>Build it once ({@link #bundled()} or {@link #load(Path)}: compiling is the expensive part) and share it:
 * it is immutable and thread-safe. Every evaluation runs in a session of its own, taken from a pool and given back
 * reset. To check edited rule files without using them, {@link #validate(Path)}; to swap rule sets while serving
 * decisions, {@link ReloadableContractRules}. Rules that others write may compute without end: give them a time
 * limit, {@link #withTimeout(Duration)}.
 *
 * <pre>{@code
 * ContractRules rules = ContractRules.bundled();
 * Decision d = rules.decide(contract, Incident.reportedAt(now));
 * ZonedDateTime from = d.get(IncidentFields.HANDLED_FROM);
 * List<Outcome> all = rules.decideAll(contract, cases);
 * }</pre>
 */
public final class ContractRules {
    /** Default bound on rule firings per evaluation: far above any contract's need, far below a hang. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    /** Default bound on evaluations left running past the time limit before the rule set is refused as broken. */
    public static final int DEFAULT_MAX_ABANDONED = 4;
    /**
     * The agenda group of input checks: its rules fire before every other rule of an evaluation, so a rule that
     * decides may rely on the input having passed them.
     */
    public static final String VALIDATE_PHASE = "validate";

    private final CompiledRules compiled;
    private final BusinessTime time;
    private final int maxFirings;
    /** The time limit on an evaluation; null when there is none, and evaluations run on the caller's thread. */
    private final Watchdog watchdog;
    /** Told the name of every rule that fires; null when none is. */
    private final Consumer<String> observer;

    private ContractRules(CompiledRules compiled, Clock clock, int maxFirings, Watchdog watchdog,
            Consumer<String> observer) {
        this.compiled = compiled;
        this.time = new BusinessTime(compiled.calendars, clock);
        this.maxFirings = maxFirings;
        this.watchdog = watchdog;
        this.observer = observer;
    }

    /** The rules bundled with the library, as the build compiled them (compiled now from DRL if it did not). */
    public static ContractRules bundled() {
        return new ContractRules(ExecutableModel.bundled().orElseGet(() -> CompiledRules.compile(RuleFile.bundled())),
                Clock.systemDefaultZone(), DEFAULT_MAX_FIRINGS, null, null);
    }

    /**
     * The rule files in a directory (as written by {@code export-rules}); throws {@link RuleLoadException},
     * also when the directory cannot be read.
     */
    public static ContractRules load(Path directory) {
        return of(read(directory));
    }

    /** Compiles the given rule files; throws {@link RuleLoadException} listing every problem. */
    public static ContractRules of(List<RuleFile> files) {
        return new ContractRules(CompiledRules.compile(files), Clock.systemDefaultZone(), DEFAULT_MAX_FIRINGS, null,
                null);
    }

    /** Compiles the rule files in a directory to check them: every problem at its file and line, never thrown. */
    public static Validation validate(Path directory) {
        try {
            return validate(read(directory));
        } catch (RuleLoadException e) {
            return new Validation(e.problems(), 0);
        }
    }

    /** Compiles the given rule files to check them: every problem at its file and line, never thrown. */
    public static Validation validate(List<RuleFile> files) {
        return CompiledRules.build(files).validation();
    }

    /** The rule files of a directory; one that cannot be read is a {@link RuleLoadException}. */
    static List<RuleFile> read(Path directory) {
        try {
            return RuleFile.directory(directory);
        } catch (UncheckedIOException e) {
            throw new RuleLoadException(List.of(new RuleProblem("", 0, e.getMessage())));
        }
    }

    /**
     * Other rules with this clock, firing bound and time limit: what a reload installs (the new rules start with no
     * abandoned evaluation).
     */
    ContractRules withRules(CompiledRules rules) {
        return new ContractRules(rules, time.clock(), maxFirings, watchdog == null ? null : watchdog.renewed(),
                observer);
    }

    /** The same rules with another clock for "now" (the compiled rule base is shared, not rebuilt). */
    public ContractRules withClock(Clock clock) {
        return new ContractRules(compiled, Objects.requireNonNull(clock, "clock"), maxFirings, watchdog, observer);
    }

    /** The same rules with another bound on rule firings per evaluation. */
    public ContractRules withMaxFirings(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, was " + max);
        }
        return new ContractRules(compiled, time.clock(), max, watchdog, observer);
    }

    /**
     * The same rules with a time limit on each evaluation, for rules that may compute without end (a watchdog):
     * see {@link #withTimeout(Duration, int)}, with at most {@value #DEFAULT_MAX_ABANDONED} evaluations left running.
     */
    public ContractRules withTimeout(Duration limit) {
        return withTimeout(limit, DEFAULT_MAX_ABANDONED);
    }

    /**
     * The same rules with a time limit on each evaluation: it runs on a daemon worker thread, and past the limit the
     * caller gets a {@link Rejection.Runaway} (limit {@code TIME}) while the worker is left to finish on its own. When
     * {@code maxAbandoned} evaluations are left running, the rules are refused as broken: every further evaluation
     * is a runaway (limit {@code ABANDONED_THREADS}) until other rules are loaded. Without a time limit (the
     * default) an evaluation runs on the caller's thread at no extra cost.
     */
    public ContractRules withTimeout(Duration limit, int maxAbandoned) {
        return new ContractRules(compiled, time.clock(), maxFirings,
                new Watchdog(Objects.requireNonNull(limit, "limit"), maxAbandoned), observer);
    }

    /**
     * The same rules telling {@code observer} the name ({@link #ruleNames()}) of every rule that fires, on the thread
     * that evaluates, for tools such as a test that every rule fires in some scenario.
     */
    public ContractRules withFiringObserver(Consumer<String> observer) {
        return new ContractRules(compiled, time.clock(), maxFirings, watchdog,
                Objects.requireNonNull(observer, "observer"));
    }

    /** The number of rules in the rule set. */
    public int ruleCount() {
        return compiled.ruleCount;
    }

    /** The name of every rule in the rule set, written {@code package/rule name}, e.g. {@code connect1/C1.INV.3 …}. */
    public SortedSet<String> ruleNames() {
        return compiled.ruleNames;
    }

    /** The compiled rule set. */
    CompiledRules compiled() {
        return compiled;
    }

    /**
     * Decides one case.
     *
     * @throws InvalidInputException when the input is at fault: bad input, or a kind the regime does not decide
     * @throws RuleEvaluationException when the rule set is at fault: no rule applied, a rule failed, or it ran away
     */
    public Decision decide(Contract contract, CaseInput input) {
        Outcome outcome = evaluate(contract, input);
        if (outcome instanceof Rejection.InvalidInput r) {
            throw InvalidInputException.withMessage(r.field(), r.value(), r.message());
        }
        if (outcome instanceof Rejection.UnsupportedKind r) {
            throw InvalidInputException.withMessage(r.field(), r.kind(), r.message());
        }
        if (outcome instanceof Rejection r) {
            throw new RuleEvaluationException(r);
        }
        return (Decision) outcome;
    }

    /** Decides one case; never throws for bad input or a failing rule set, which come back as a {@link Rejection}. */
    public Outcome evaluate(Contract contract, CaseInput input) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(input, "input");
        Regime regime = contract.regime();
        if (!regime.kinds().contains(input.kind())) {
            return new Rejection.UnsupportedKind(regime, input.kind());
        }
        return watchdog == null ? fire(contract, input) : watchdog.run(() -> fire(contract, input));
    }

    /**
     * Decides one case as {@link #evaluate} does, but with a time limit run on this thread as a watched
     * evaluation ({@code started} is told of it before it runs) for the caller to abandon past its deadline.
     */
    Outcome evaluateWatched(Contract contract, CaseInput input, Consumer<Watchdog.Evaluation> started) {
        if (watchdog == null || !contract.regime().kinds().contains(input.kind())) {
            return evaluate(contract, input);
        }
        Watchdog.Evaluation evaluation = watchdog.watch(() -> fire(contract, input));
        started.accept(evaluation);
        return evaluation.runHere();
    }

    /** The time limit on evaluations; null when there is none. */
    Watchdog watchdog() {
        return watchdog;
    }

    /** Runs the regime's rules on the case. */
    private Outcome fire(Contract contract, CaseInput input) {
        Regime regime = contract.regime();
        Answer answer = new Answer(input.kind());
        FiringLog log = new FiringLog(maxFirings, compiled.explanations(regime), observer);
        try {
            compiled.sessions().run(regime, contract, input, answer, time, log);
        } catch (RuntimeException e) {
            return rejectionFor(e);
        }
        if (log.runaway()) {
            return new Rejection.Runaway(Rejection.Runaway.Limit.FIRINGS, maxFirings);
        }
        if (answer.rejected()) {
            return Rejection.InvalidInput.of(answer.rejections().get(0));
        }
        if (log.fired() == 0) {
            return new Rejection.NoRuleApplied(regime, input.kind());
        }
        return new Decision(input.kind(), answer.fields(), log.ruleIds(), log.citations(), answer.flags());
    }

    /** Decides each case; the outcomes come in input order, a rejection in the place of each bad case. */
    public List<Outcome> decideAll(Contract contract, List<? extends CaseInput> inputs) {
        List<Outcome> outcomes = new ArrayList<>(inputs.size());
        for (CaseInput input : inputs) {
            outcomes.add(evaluate(contract, input));
        }
        return outcomes;
    }

    /**
     * Decides a stream of cases on all cores: the outcomes come lazily and in input order, each with its case,
     * a {@link Rejection} in the place of every case that could not be read or decided. Memory stays constant
     * whatever the length of the stream; close it, or consume it to the end. See {@link BulkDecider}.
     */
    public Stream<BulkResult> decideStream(Stream<BulkCase> cases) {
        return bulk().decide(cases);
    }

    /** A bulk decider on these rules, using every core; choose fewer threads with {@link BulkDecider#threads(int)}. */
    public BulkDecider bulk() {
        return new BulkDecider(this, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A rule that threw: bad input it found, or a broken rule, named through the consequence exception Drools
     * wraps around a failing consequence (a failing condition carries no rule).
     */
    private static Rejection rejectionFor(RuntimeException e) {
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
            return new Rejection.RuleFailure(String.join(", ", Explanations.ids(rule.getMetaData())), rule.getName(),
                    consequence.getCause() == null ? consequence : consequence.getCause());
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Rejection.RuleFailure("", "", root);
    }
}
