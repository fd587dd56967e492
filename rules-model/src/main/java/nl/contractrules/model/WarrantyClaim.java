package nl.contractrules.model;

import java.time.LocalDate;

/** Until when is a delivered item under warranty? */
public record WarrantyClaim(WarrantyItem item, LocalDate deliveredOn) implements CaseInput {
    public WarrantyClaim {
        Check.required(item, "item");
        Check.date(Check.required(deliveredOn, "deliveredOn"), "deliveredOn");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.WARRANTY;
    }
}
