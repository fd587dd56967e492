package nl.contractrules.api;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleEvaluationException;

/**
 * A case that was not decided, and why: the input was at fault ({@link InvalidInput}, {@link UnsupportedKind})
 * or the rule set was ({@link NoRuleApplied}, {@link RuleFailure}, {@link Runaway}). Each names the field it
 * concerns ({@code rules} when the rule set is at fault) and says in a sentence what went wrong.
 *
 * @param <K> the input type of the case
 */
public sealed interface Rejection<K extends CaseInput> extends Outcome<K> permits Rejection.InvalidInput,
        Rejection.UnsupportedKind, Rejection.NoRuleApplied, Rejection.RuleFailure, Rejection.Runaway {

    /** The field the rejection concerns, as the scenario format names it; {@code rules} for a rule-set failure. */
    String field();

    /** What went wrong, in a sentence that names the field or the rule. */
    String message();

    /** Whether the input was at fault (bad input, an unsupported kind) rather than the rule set. */
    default boolean inputError() {
        return this instanceof InvalidInput || this instanceof UnsupportedKind;
    }

    /**
     * The exception {@link ContractRules#decide} throws for this rejection: an {@link InvalidInputException} when
     * the input is at fault, a {@link RuleEvaluationException} when the rule set is.
     */
    RuntimeException exception();

    /** Bad input: a value the model or a rule does not accept (COMMON.VALID). */
    record InvalidInput<K extends CaseInput>(String field, Object value, String message) implements Rejection<K> {
        /** The rejection an {@link InvalidInputException} stands for. */
        public static <K extends CaseInput> InvalidInput<K> of(InvalidInputException e) {
            return new InvalidInput<>(e.field(), e.value(), e.getMessage());
        }

        @Override
        public InvalidInputException exception() {
            return InvalidInputException.withMessage(field, value, message);
        }
    }

    /** A case of a kind its contract's regime does not decide ({@link Regime#kinds()}), found before any rule runs. */
    record UnsupportedKind<K extends CaseInput>(Regime regime, CaseKind kind) implements Rejection<K> {
        @Override
        public String field() {
            return "kind";
        }

        @Override
        public String message() {
            return regime + " does not decide " + kind + " cases (it decides "
                    + regime.kinds().stream().map(CaseKind::jsonName).collect(Collectors.joining(", ")) + ")";
        }

        @Override
        public InvalidInputException exception() {
            return InvalidInputException.withMessage(field(), kind, message());
        }
    }

    /** A kind the regime decides, but no decision rule fired on the case: a gap in the rule set. */
    record NoRuleApplied<K extends CaseInput>(Regime regime, CaseKind kind) implements Rejection<K> {
        @Override
        public String field() {
            return "rules";
        }

        @Override
        public String message() {
            return "no rule of " + regime + " applied to this " + kind + " case: the rule set has a gap here";
        }

        @Override
        public RuleEvaluationException exception() {
            return new RuleEvaluationException(RuleEvaluationException.Reason.NO_RULE_APPLIED, message(), null);
        }
    }

    /**
     * A rule threw while it fired: a broken rule, such as one writing a second, different value to a decision
     * field, or one failing on a value it did not expect. {@code ruleId} and {@code rule} are the failing rule's
     * rulebook ID and name, empty when the failure was in a condition rather than a consequence.
     */
    record RuleFailure<K extends CaseInput>(String ruleId, String rule, Throwable cause) implements Rejection<K> {
        @Override
        public String field() {
            return "rules";
        }

        @Override
        public String message() {
            String what = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            return rule.isEmpty() ? "a rule failed: " + what
                    : "rule \"" + rule + "\" (" + ruleId + ") failed: " + what;
        }

        @Override
        public RuleEvaluationException exception() {
            return new RuleEvaluationException(RuleEvaluationException.Reason.RULE_FAILURE, message(), cause);
        }
    }

    /**
     * An evaluation that ran past a limit, which {@code limit} names: the rule set loops or spins, or it was refused
     * as broken after too many of those. {@code bound} is the limit's value: rule firings, milliseconds, or
     * evaluations left running.
     */
    record Runaway<K extends CaseInput>(Limit limit, long bound) implements Rejection<K> {
        /** The limits of an evaluation (docs/limits.md). */
        public enum Limit {
            /** More rule firings in one evaluation than {@code bound} ({@link ContractRules#withMaxFirings(int)}). */
            FIRINGS,
            /** Longer than {@code bound} milliseconds ({@link ContractRules#withTimeout(Duration)}). */
            TIME,
            /**
             * {@code bound} evaluations ran past the time limit and were left running: the rule set is refused as
             * broken, and this evaluation did not run.
             */
            ABANDONED_THREADS
        }

        public Runaway {
            Objects.requireNonNull(limit, "limit");
        }

        @Override
        public String field() {
            return "rules";
        }

        @Override
        public String message() {
            return switch (limit) {
                case FIRINGS -> "runaway rules: more than " + bound
                        + " rule firings in one evaluation; the rule set loops";
                case TIME -> "runaway rules: the evaluation ran longer than its time limit of " + bound
                        + " ms and was abandoned; a rule computes without end";
                case ABANDONED_THREADS -> "runaway rules: " + bound + " evaluations ran past the time limit and are "
                        + "left running; the rule set is refused as broken (load or reload working rules)";
            };
        }

        @Override
        public RuleEvaluationException exception() {
            return new RuleEvaluationException(RuleEvaluationException.Reason.RUNAWAY, message(), null);
        }
    }
}
