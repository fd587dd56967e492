package nl.contractrules.model;

import java.time.LocalDate;

/** Until when is a delivered item under warranty? */
public record WarrantyClaim(WarrantyItem item, LocalDate deliveredOn) implements CaseInput {
    public WarrantyClaim {
        Check.required(item, "item");
        Check.date(Check.required(deliveredOn, "deliveredOn"), "deliveredOn");
    }

    /** A claim on an item delivered on that date: both inputs are required. */
    public static WarrantyClaim of(WarrantyItem item, LocalDate deliveredOn) {
        return new WarrantyClaim(item, deliveredOn);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.WARRANTY;
    }
}
