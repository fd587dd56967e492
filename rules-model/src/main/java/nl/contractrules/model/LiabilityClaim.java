package nl.contractrules.model;

import java.math.BigDecimal;

/** A claim for damages against the provider. */
public record LiabilityClaim(BigDecimal claimed, BigDecimal netInvoiceValue, BigDecimal yearNetFees)
        implements CaseInput {
    public LiabilityClaim {
        Check.notNegative(Check.required(claimed, "claimed"), "claimed");
        Check.notNegative(Check.required(netInvoiceValue, "netInvoiceValue"), "netInvoiceValue");
        Check.notNegative(yearNetFees, "yearNetFees");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LIABILITY;
    }
}
