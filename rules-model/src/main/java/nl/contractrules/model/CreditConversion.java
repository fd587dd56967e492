package nl.contractrules.model;

import java.math.BigDecimal;

/** A value in (fractional) proactive credits, to be rounded to whole credits. */
public record CreditConversion(BigDecimal value, boolean exchange) implements CaseInput {
    public CreditConversion {
        Check.amount(Check.required(value, "value"), "value");
    }

    /** A value to convert into credits, no exchange; an exchange with {@link #withExchange(boolean)}. */
    public static CreditConversion of(BigDecimal value) {
        return new CreditConversion(value, false);
    }

    /** This conversion for an exchange of credits (or not). */
    public CreditConversion withExchange(boolean exchange) {
        return new CreditConversion(value, exchange);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CREDITS;
    }
}
