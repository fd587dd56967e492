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

    /** A claim against an invoice's net value; the year's fees with {@link #withYearNetFees(BigDecimal)}. */
    public static LiabilityClaim of(BigDecimal claimed, BigDecimal netInvoiceValue) {
        return new LiabilityClaim(claimed, netInvoiceValue, null);
    }

    /** This claim with the net fees of the year. */
    public LiabilityClaim withYearNetFees(BigDecimal yearNetFees) {
        return new LiabilityClaim(claimed, netInvoiceValue, yearNetFees);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LIABILITY;
    }
}
