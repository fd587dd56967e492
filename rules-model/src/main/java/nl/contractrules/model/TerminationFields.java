package nl.contractrules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The decision fields of a termination case ({@link CaseKind#TERMINATION}), in output order. */
public final class TerminationFields {
    public static final Field<TerminationNotice, LocalDate> EFFECTIVE_END_DATE = Field.of("effectiveEndDate", LocalDate.class);
    public static final Field<TerminationNotice, Boolean> WITHIN_TERM = Field.of("withinTerm", Boolean.class);
    public static final Field<TerminationNotice, Integer> BUYOUT_MONTHS = Field.of("buyoutMonths", Integer.class);
    public static final Field<TerminationNotice, BigDecimal> BUYOUT_AMOUNT = Field.of("buyoutAmount", BigDecimal.class);
    public static final Field<TerminationNotice, Tier> SERVICE_LEVEL_AFTER = Field.of("serviceLevelAfter", Tier.class);

    static final List<Field<?, ?>> ALL = List.of(EFFECTIVE_END_DATE, WITHIN_TERM, BUYOUT_MONTHS, BUYOUT_AMOUNT, SERVICE_LEVEL_AFTER);

    private TerminationFields() {
    }
}
