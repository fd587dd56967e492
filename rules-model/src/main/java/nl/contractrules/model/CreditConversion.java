package nl.contractrules.model;

import java.math.BigDecimal;

/** A value in (fractional) proactive credits, to be rounded to whole credits. */
public record CreditConversion(BigDecimal value, boolean exchange) implements CaseInput {
    public CreditConversion {
        Check.amount(Check.required(value, "value"), "value");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CREDITS;
    }
}
