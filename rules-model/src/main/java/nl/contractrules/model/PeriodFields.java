package nl.contractrules.model;

import java.time.LocalDate;
import java.util.List;

/** The decision fields of a period case ({@link CaseKind#PERIOD}), in output order. */
public final class PeriodFields {
    public static final Field<PeriodQuery, LocalDate> UNTIL = Field.of("until", LocalDate.class);

    static final List<Field<?, ?>> ALL = List.of(UNTIL);

    private PeriodFields() {
    }
}
