package nl.contractrules.model;

import java.time.ZonedDateTime;
import nl.contractrules.time.ContractTime;

/**
 * A reported fault or outage. Times are kept in {@code Europe/Amsterdam}. The business-critical inputs of
 * CS365.BC.2–5 are nullable: an absent one counts as a failed criterion.
 */
public record Incident(ZonedDateTime reportedAt, ServiceType service, String description, String location,
                       Cause cause, ZonedDateTime outageStart, boolean allUsersAffected, Boolean usersAbleToLogIn,
                       Boolean workingSituationDelivered, Boolean passwordsHandedOver, Boolean correctPasswordsUsed,
                       Boolean filesMigrated, Boolean filesInaccessibleForAllUsers, Severity severity,
                       ZonedDateTime severityChangedAt, boolean azureComponent, String product,
                       Boolean customerHas24x7Staff, SlaClass slaClass, boolean emergency,
                       boolean duringCoveredEvent) implements CaseInput {

    public Incident {
        reportedAt = ContractTime.local(Check.time(Check.required(reportedAt, "reportedAt"), "reportedAt"));
        service = Check.orDefault(service, ServiceType.OTHER);
        cause = Check.orDefault(cause, Cause.UNKNOWN);
        outageStart = outageStart == null ? reportedAt : ContractTime.local(Check.time(outageStart, "outageStart"));
        if (outageStart.isAfter(reportedAt)) {
            throw new InvalidInputException("outageStart", outageStart, "must not be after reportedAt " + reportedAt);
        }
        severityChangedAt = severityChangedAt == null ? null
                : ContractTime.local(Check.time(severityChangedAt, "severityChangedAt"));
        customerHas24x7Staff = Check.orDefault(customerHas24x7Staff, Boolean.TRUE);
        slaClass = Check.orDefault(slaClass, SlaClass.STANDARD);
    }

    /** An incident reported at {@code reportedAt}, with every other input at its default. */
    public static Incident reportedAt(ZonedDateTime reportedAt) {
        return new Incident(reportedAt, null, null, null, null, null, false, null, null, null, null, null, null,
                null, null, false, null, null, null, false, false);
    }


    public boolean hasDescription() {
        return description != null && !description.isBlank();
    }

    public boolean hasLocation() {
        return location != null && !location.isBlank();
    }

    @Override
    public CaseKind kind() {
        return CaseKind.INCIDENT;
    }
}
