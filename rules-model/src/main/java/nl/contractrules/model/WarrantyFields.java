package nl.contractrules.model;

import java.time.LocalDate;
import java.util.List;

/** The decision fields of a warranty case ({@link CaseKind#WARRANTY}), in output order. */
public final class WarrantyFields {
    public static final Field<WarrantyClaim, LocalDate> WARRANTY_UNTIL = Field.of("warrantyUntil", LocalDate.class);

    static final List<Field<?, ?>> ALL = List.of(WARRANTY_UNTIL);

    private WarrantyFields() {
    }
}
