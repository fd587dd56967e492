package nl.contractrules.model;

import java.time.LocalDate;

/** A planned event (both dates inclusive) for which event management is asked. */
public record SupportEvent(LocalDate eventStart, LocalDate eventEnd, LocalDate confirmedAt, Integer solutions)
        implements CaseInput {
    public SupportEvent {
        Check.date(Check.required(eventStart, "eventStart"), "eventStart");
        Check.date(Check.required(eventEnd, "eventEnd"), "eventEnd");
        Check.notBefore(eventStart, eventEnd, "eventEnd");
        Check.date(Check.required(confirmedAt, "confirmedAt"), "confirmedAt");
        solutions = Check.between(Check.orDefault(solutions, 1), 1, Limits.MAX_COUNT, "solutions");
    }

    /** Calendar days of the event, both ends inclusive. */
    public long days() {
        return eventEnd.toEpochDay() - eventStart.toEpochDay() + 1;
    }

    /** An event of those days confirmed on that date, for one solution; more with {@link #withSolutions(Integer)}. */
    public static SupportEvent of(LocalDate eventStart, LocalDate eventEnd, LocalDate confirmedAt) {
        return new SupportEvent(eventStart, eventEnd, confirmedAt, null);
    }

    /** This event for that many solutions (at least 1). */
    public SupportEvent withSolutions(Integer solutions) {
        return new SupportEvent(eventStart, eventEnd, confirmedAt, solutions);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.EVENT;
    }
}
