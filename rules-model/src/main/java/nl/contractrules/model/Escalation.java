package nl.contractrules.model;

/** A support case at an escalation step (1–3). */
public record Escalation(Integer currentStep, Boolean resolvedSatisfactorily, boolean withinReasonableTime)
        implements CaseInput {
    public Escalation {
        Check.between(Check.required(currentStep, "currentStep"), 1, 3, "currentStep");
        Check.required(resolvedSatisfactorily, "resolvedSatisfactorily");
    }

    /**
     * A case at that step, resolved satisfactorily or not, not within a reasonable time; that with
     * {@link #withWithinReasonableTime(boolean)}.
     */
    public static Escalation of(Integer currentStep, Boolean resolvedSatisfactorily) {
        return new Escalation(currentStep, resolvedSatisfactorily, false);
    }

    /** This case resolved within a reasonable time (or not). */
    public Escalation withWithinReasonableTime(boolean withinReasonableTime) {
        return new Escalation(currentStep, resolvedSatisfactorily, withinReasonableTime);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.ESCALATION;
    }
}
