package nl.contractrules.model;

import java.math.BigDecimal;
import java.util.List;

/** The decision fields of a liability case ({@link CaseKind#LIABILITY}), in output order. */
public final class LiabilityFields {
    public static final Field<LiabilityClaim, BigDecimal> CAP = Field.of("cap", BigDecimal.class);
    public static final Field<LiabilityClaim, BigDecimal> PAYABLE = Field.of("payable", BigDecimal.class);

    static final List<Field<?, ?>> ALL = List.of(CAP, PAYABLE);

    private LiabilityFields() {
    }
}
