package nl.contractrules.model;

/** A support case at an escalation step (1–3). */
public record Escalation(Integer currentStep, Boolean resolvedSatisfactorily, boolean withinReasonableTime)
        implements CaseInput {
    public Escalation {
        Check.between(Check.required(currentStep, "currentStep"), 1, 3, "currentStep");
        Check.required(resolvedSatisfactorily, "resolvedSatisfactorily");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.ESCALATION;
    }
}
