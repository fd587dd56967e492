package nl.contractrules.model;

import java.time.LocalDate;
import java.util.List;

/** The decision fields of a downgrade case ({@link CaseKind#DOWNGRADE}), in output order. */
public final class DowngradeFields {
    public static final Field<DowngradeRequest, Boolean> ALLOWED = Field.of("allowed", Boolean.class);
    public static final Field<DowngradeRequest, Integer> MINIMUM_COUNT = Field.of("minimumCount", Integer.class);
    public static final Field<DowngradeRequest, LocalDate> SETTLED_ON = Field.of("settledOn", LocalDate.class);

    static final List<Field<?, ?>> ALL = List.of(ALLOWED, MINIMUM_COUNT, SETTLED_ON);

    private DowngradeFields() {
    }
}
