package nl.contractrules.model;

import java.time.LocalDate;

/** A planned event (both dates inclusive) for which event management is asked. */
public record SupportEvent(LocalDate eventStart, LocalDate eventEnd, LocalDate confirmedAt, Integer solutions)
        implements CaseInput {
    public SupportEvent {
        Check.required(eventStart, "eventStart");
        Check.required(eventEnd, "eventEnd");
        Check.notBefore(eventStart, eventEnd, "eventEnd");
        Check.required(confirmedAt, "confirmedAt");
        solutions = Check.atLeast(Check.orDefault(solutions, 1), 1, "solutions");
    }

    /** Calendar days of the event, both ends inclusive. */
    public long days() {
        return eventEnd.toEpochDay() - eventStart.toEpochDay() + 1;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.EVENT;
    }
}
