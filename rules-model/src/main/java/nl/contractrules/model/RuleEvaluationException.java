package nl.contractrules.model;

import java.util.Objects;

/**
 * The rule set failed on a case: no rule applied, a rule threw, or it ran past a limit; a defect of the rule files,
 * not bad input. {@link #reason()} says which; the message says it in a sentence naming the rule or the limit.
 */
public final class RuleEvaluationException extends RuntimeException {
    /** How the rule set failed. */
    public enum Reason {
        /** No rule applied to a case of a kind the regime decides: a gap in the rule set. */
        NO_RULE_APPLIED,
        /** A rule threw while it fired (its cause is the {@link #getCause() cause}). */
        RULE_FAILURE,
        /** The evaluation ran past a limit: too many rule firings, or longer than the time limit. */
        RUNAWAY
    }

    private final Reason reason;

    public RuleEvaluationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
