package nl.contractrules.model;

import java.time.LocalDate;

/** Until when does a contractual period run, counted from a date? */
public record PeriodQuery(PeriodKind what, LocalDate from) implements CaseInput {
    public PeriodQuery {
        Check.required(what, "what");
        Check.date(Check.required(from, "from"), "from");
    }

    /** The period of that kind counted from that date: both inputs are required. */
    public static PeriodQuery of(PeriodKind what, LocalDate from) {
        return new PeriodQuery(what, from);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.PERIOD;
    }
}
