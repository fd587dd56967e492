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

    /**
     * A notice of that date and scope; add the optional dates with the {@code with…} methods:
     * {@code TerminationNotice.of(noticeDate, TerminationScope.CONTRACT).withRequestedEndDate(end)}.
     */
    public static TerminationNotice of(LocalDate noticeDate, TerminationScope scope) {
        return new TerminationNotice(noticeDate, scope, null, null);
    }

    /** This notice asking to end on that date (not before the notice date). */
    public TerminationNotice withRequestedEndDate(LocalDate requestedEndDate) {
        return new TerminationNotice(noticeDate, scope, requestedEndDate, serviceAvailableSince);
    }

    /** This notice for a service available since that date. */
    public TerminationNotice withServiceAvailableSince(LocalDate serviceAvailableSince) {
        return new TerminationNotice(noticeDate, scope, requestedEndDate, serviceAvailableSince);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.TERMINATION;
    }
}
