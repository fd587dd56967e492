package nl.contractrules.api;

/** The rule set failed on a case (a rule threw, or the runaway guard stopped it): a rule-file defect. */
public final class RuleEvaluationException extends RuntimeException {
    public RuleEvaluationException(String message) {
        super(message);
    }
}
