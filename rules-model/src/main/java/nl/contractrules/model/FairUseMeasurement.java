package nl.contractrules.model;

/** An organisation's monthly use against the average of the others. */
public record FairUseMeasurement(FairUseMeasure measure, Integer organisationMinutes, Integer averageMinutes)
        implements CaseInput {
    public FairUseMeasurement {
        Check.required(measure, "measure");
        Check.between(Check.required(organisationMinutes, "organisationMinutes"), 0, Limits.MAX_MINUTES,
                "organisationMinutes");
        Check.between(Check.required(averageMinutes, "averageMinutes"), 1, Limits.MAX_MINUTES, "averageMinutes");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.FAIR_USE;
    }
}
