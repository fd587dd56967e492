package nl.contractrules.model;

import java.util.List;

/** The decision fields of a training case ({@link CaseKind#TRAINING}), in output order. */
public final class TrainingFields {
    public static final Field<TrainingRequest, List<Integer>> SESSIONS = Field.listOf("sessions", Integer.class);

    static final List<Field<?, ?>> ALL = List.of(SESSIONS);

    private TrainingFields() {
    }
}
