package nl.contractrules.model;

import java.time.ZonedDateTime;
import java.util.List;

/** The decision fields of a change case ({@link CaseKind#CHANGE}), in output order. */
public final class ChangeFields {
    public static final Field<ChangeRequest, Integer> BUSINESS_DAYS = Field.of("businessDays", Integer.class);
    public static final Field<ChangeRequest, ZonedDateTime> DUE_AT = Field.of("dueAt", ZonedDateTime.class);
    public static final Field<ChangeRequest, Integer> MINIMUM_BILLED_MINUTES = Field.of("minimumBilledMinutes", Integer.class);

    static final List<Field<?, ?>> ALL = List.of(BUSINESS_DAYS, DUE_AT, MINIMUM_BILLED_MINUTES);

    private ChangeFields() {
    }
}
