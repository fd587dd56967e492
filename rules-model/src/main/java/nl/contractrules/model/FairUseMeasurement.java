package nl.contractrules.model;

/** An organisation's monthly use against the average of the others. */
public record FairUseMeasurement(FairUseMeasure measure, Integer organisationMinutes, Integer averageMinutes)
        implements CaseInput {
    public FairUseMeasurement {
        Check.required(measure, "measure");
        Check.notNegative(Check.required(organisationMinutes, "organisationMinutes"), "organisationMinutes");
        Check.atLeast(Check.required(averageMinutes, "averageMinutes"), 1, "averageMinutes");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.FAIR_USE;
    }
}
