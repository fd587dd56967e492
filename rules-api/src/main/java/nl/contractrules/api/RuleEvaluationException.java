package nl.contractrules.api;

/**
 * The rule set failed on a case: no rule applied, a rule threw, or the runaway guard stopped it; a rule-file
 * defect, not bad input. {@link #rejection()} says which.
 */
public final class RuleEvaluationException extends RuntimeException {
    private final transient Rejection rejection;

    public RuleEvaluationException(Rejection rejection) {
        super(rejection.message(), rejection instanceof Rejection.RuleFailure f ? f.cause() : null);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
