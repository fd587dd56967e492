package nl.contractrules.model;

import java.math.BigDecimal;
import java.util.List;

/** The decision fields of a credits case ({@link CaseKind#CREDITS}), in output order. */
public final class CreditsFields {
    public static final Field<CreditConversion, BigDecimal> CREDITS = Field.of("credits", BigDecimal.class);

    static final List<Field<?, ?>> ALL = List.of(CREDITS);

    private CreditsFields() {
    }
}
