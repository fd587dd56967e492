package nl.contractrules.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An organisation's monthly use against the average of the others. */
public record FairUseMeasurement(FairUseMeasure measure, Integer organisationMinutes, Integer averageMinutes)
        implements CaseInput {
    public FairUseMeasurement {
        Check.required(measure, "measure");
        Check.between(Check.required(organisationMinutes, "organisationMinutes"), 0, Limits.MAX_MINUTES,
                "organisationMinutes");
        Check.between(Check.required(averageMinutes, "averageMinutes"), 1, Limits.MAX_MINUTES, "averageMinutes");
    }

    /** Whether the organisation used more than {@code factor} times the average (exactly that many times is not). */
    public boolean moreThan(int factor) {
        return (long) organisationMinutes > (long) factor * averageMinutes;
    }

    /** The organisation's minutes divided by the average, 2 decimals, half up. */
    public BigDecimal ratio() {
        return BigDecimal.valueOf(organisationMinutes).divide(BigDecimal.valueOf(averageMinutes), 2, RoundingMode.HALF_UP);
    }

    /** The organisation's minutes of a measure against the average: all three inputs are required. */
    public static FairUseMeasurement of(FairUseMeasure measure, Integer organisationMinutes, Integer averageMinutes) {
        return new FairUseMeasurement(measure, organisationMinutes, averageMinutes);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.FAIR_USE;
    }
}
