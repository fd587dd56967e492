package nl.contractrules.model;

import java.time.LocalDate;

/** A written notice of termination. */
public record TerminationNotice(LocalDate noticeDate, TerminationScope scope, LocalDate requestedEndDate,
                                LocalDate serviceAvailableSince) implements CaseInput {
    public TerminationNotice {
        Check.date(Check.required(noticeDate, "noticeDate"), "noticeDate");
        Check.required(scope, "scope");
        Check.date(requestedEndDate, "requestedEndDate");
        Check.date(serviceAvailableSince, "serviceAvailableSince");
        Check.notBefore(noticeDate, requestedEndDate, "requestedEndDate");
    }

    public LocalDate requireServiceAvailableSince() {
        return Check.required(serviceAvailableSince, "serviceAvailableSince");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.TERMINATION;
    }
}
