package nl.contractrules.model;

import java.util.List;

/** The decision fields of an event case ({@link CaseKind#EVENT}), in output order. */
public final class EventFields {
    public static final Field<SupportEvent, Boolean> COVERED = Field.of("covered", Boolean.class);
    public static final Field<SupportEvent, Long> EVENTS_NEEDED = Field.of("eventsNeeded", Long.class);

    static final List<Field<?, ?>> ALL = List.of(COVERED, EVENTS_NEEDED);

    private EventFields() {
    }
}
