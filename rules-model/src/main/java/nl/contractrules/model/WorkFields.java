package nl.contractrules.model;

import java.util.List;

/** The decision fields of a work case ({@link CaseKind#WORK}), in output order. */
public final class WorkFields {
    public static final Field<WorkItem, Boolean> COVERED = Field.of("covered", Boolean.class);
    public static final Field<WorkItem, Integer> DEDUCTED_MINUTES = Field.of("deductedMinutes", Integer.class);
    public static final Field<WorkItem, Integer> BILLABLE_MINUTES = Field.of("billableMinutes", Integer.class);
    public static final Field<WorkItem, TravelCosts> TRAVEL_COSTS = Field.of("travelCosts", TravelCosts.class);
    public static final Field<WorkItem, Rate> RATE = Field.of("rate", Rate.class);

    static final List<Field<?, ?>> ALL = List.of(COVERED, DEDUCTED_MINUTES, BILLABLE_MINUTES, TRAVEL_COSTS, RATE);

    private WorkFields() {
    }
}
