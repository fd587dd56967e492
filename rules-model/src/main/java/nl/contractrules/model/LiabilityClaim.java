package nl.contractrules.model;

import java.math.BigDecimal;

/** A claim for damages against the provider. */
public record LiabilityClaim(BigDecimal claimed, BigDecimal netInvoiceValue, BigDecimal yearNetFees)
        implements CaseInput {
    public LiabilityClaim {
        Check.amount(Check.required(claimed, "claimed"), "claimed");
        Check.amount(Check.required(netInvoiceValue, "netInvoiceValue"), "netInvoiceValue");
        Check.amount(yearNetFees, "yearNetFees");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LIABILITY;
    }
}
