package nl.contractrules.model;

import java.math.BigDecimal;
import java.util.List;

/** The decision fields of an availability case ({@link CaseKind#AVAILABILITY}), in output order. */
public final class AvailabilityFields {
    public static final Field<AvailabilityPeriod, BigDecimal> AVAILABILITY_PERCENT = Field.of("availabilityPercent", BigDecimal.class);
    public static final Field<AvailabilityPeriod, Integer> COUNTED_DOWNTIME_MINUTES = Field.of("countedDowntimeMinutes", Integer.class);
    public static final Field<AvailabilityPeriod, Integer> EXCLUDED_DOWNTIME_MINUTES = Field.of("excludedDowntimeMinutes", Integer.class);
    public static final Field<AvailabilityPeriod, BigDecimal> TARGET_PERCENT = Field.of("targetPercent", BigDecimal.class);
    public static final Field<AvailabilityPeriod, Boolean> MET = Field.of("met", Boolean.class);

    static final List<Field<?, ?>> ALL = List.of(AVAILABILITY_PERCENT, COUNTED_DOWNTIME_MINUTES, EXCLUDED_DOWNTIME_MINUTES, TARGET_PERCENT, MET);

    private AvailabilityFields() {
    }
}
