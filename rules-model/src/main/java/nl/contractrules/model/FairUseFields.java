package nl.contractrules.model;

import java.math.BigDecimal;
import java.util.List;

/** The decision fields of a fair-use case ({@link CaseKind#FAIR_USE}), in output order. */
public final class FairUseFields {
    public static final Field<FairUseMeasurement, Boolean> EXCEEDED = Field.of("exceeded", Boolean.class);
    public static final Field<FairUseMeasurement, BigDecimal> RATIO = Field.of("ratio", BigDecimal.class);

    static final List<Field<?, ?>> ALL = List.of(EXCEEDED, RATIO);

    private FairUseFields() {
    }
}
