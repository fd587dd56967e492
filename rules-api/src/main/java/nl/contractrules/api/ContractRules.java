package nl.contractrules.api;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.contractrules.model.Answer;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.time.BusinessTime;

/**
 * The facade: a compiled rule set that decides cases under contracts.
 *
 * <p>Build it once ({@link #bundled()} or {@link #load(Path)}: compiling is the expensive part) and share it:
 * it is immutable and thread-safe. Every evaluation runs in its own cheap stateless session. To check edited
 * rule files without using them, {@link #validate(Path)}; to swap rule sets while serving decisions,
 * {@link ReloadableContractRules}.
 *
 * <pre>{@code
 * ContractRules rules = ContractRules.bundled();
 * Decision d = rules.decide(contract, Incident.reportedAt(now));
 * List<Outcome> all = rules.decideAll(contract, cases);
 * }</pre>
 */
public final class ContractRules {
    /** Default bound on rule firings per evaluation: far above any contract's need, far below a hang. */
    public static final int DEFAULT_MAX_FIRINGS = 10_000;
    /**
     * The agenda group of input checks: its rules fire before every other rule of an evaluation, so a rule that
     * decides may rely on the input having passed them.
     */
    public static final String VALIDATE_PHASE = "validate";

    private final CompiledRules compiled;
    private final BusinessTime time;
    private final int maxFirings;
    /** Per regime, what its rules cite, resolved once. */
    private final Map<Regime, Explanations> explanations = new EnumMap<>(Regime.class);
    /** The sessions evaluations run in, reused. */
    private final Sessions sessions;

    private ContractRules(CompiledRules compiled, Clock clock, int maxFirings) {
        this.compiled = compiled;
        for (Regime regime : Regime.values()) {
            explanations.put(regime, Explanations.of(compiled.kieBase(regime)));
        }
        this.sessions = new Sessions(compiled);
        this.time = new BusinessTime(compiled.calendars, clock);
        this.maxFirings = maxFirings;
    }

    /** The rules bundled with the library, as the build compiled them (compiled now from DRL if it did not). */
    public static ContractRules bundled() {
        return new ContractRules(ExecutableModel.bundled().orElseGet(() -> CompiledRules.compile(RuleFile.bundled())),
                Clock.systemDefaultZone(), DEFAULT_MAX_FIRINGS);
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
        return new ContractRules(CompiledRules.compile(files), Clock.systemDefaultZone(), DEFAULT_MAX_FIRINGS);
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

    /** Other rules with this clock and firing bound: what a reload installs. */
    ContractRules withRules(CompiledRules rules) {
        return new ContractRules(rules, time.clock(), maxFirings);
    }

    /** The same rules with another clock for "now" (the compiled rule base is shared, not rebuilt). */
    public ContractRules withClock(Clock clock) {
        return new ContractRules(compiled, Objects.requireNonNull(clock, "clock"), maxFirings);
    }

    /** The same rules with another bound on rule firings per evaluation. */
    public ContractRules withMaxFirings(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, was " + max);
        }
        return new ContractRules(compiled, time.clock(), max);
    }

    /** The number of rules in the rule set. */
    public int ruleCount() {
        return compiled.ruleCount;
    }

    /**
     * Decides one case.
     *
     * @throws InvalidInputException when the case is rejected (bad input, or a kind the regime does not decide)
     * @throws RuleEvaluationException when the rule set fails on it
     */
    public Decision decide(Contract contract, CaseInput input) {
        Outcome outcome = evaluate(contract, input);
        if (outcome instanceof Rejection r) {
            if ("rules".equals(r.field())) {
                throw new RuleEvaluationException(r.message());
            }
            throw InvalidInputException.withMessage(r.field(), r.message());
        }
        return (Decision) outcome;
    }

    /** Decides one case; never throws for bad input, which comes back as a {@link Rejection}. */
    public Outcome evaluate(Contract contract, CaseInput input) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(input, "input");
        Answer answer = new Answer(input.kind());
        FiringLog log = new FiringLog(maxFirings, explanations.get(contract.regime()));
        try {
            sessions.run(contract.regime(), List.of(contract, input, answer), time, log);
        } catch (RuntimeException e) {
            return rejectionFor(e);
        }
        if (log.runaway()) {
            return new Rejection("rules", "runaway rules: more than " + maxFirings
                    + " rule firings for one " + input.kind() + " case; the rule set loops");
        }
        if (answer.rejected()) {
            InvalidInputException first = answer.rejections().get(0);
            return new Rejection(first.field(), first.getMessage());
        }
        if (log.fired() == 0) {
            return new Rejection("kind", contract.regime() + " does not decide " + input.kind() + " cases");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        answer.fields().forEach((field, value) -> fields.put(field.name(), value));
        return new Decision(input.kind(), fields, log.ruleIds(), log.citations(), answer.flags());
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

    /** A rule that threw: bad input it found (named field) or a broken rule (field {@code rules}). */
    private static Rejection rejectionFor(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return new Rejection(invalid.field(), invalid.getMessage());
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new Rejection("rules", "rule evaluation failed: " + root);
    }
}
