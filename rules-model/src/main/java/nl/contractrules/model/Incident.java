package nl.contractrules.model;

import java.time.ZonedDateTime;
import nl.contractrules.time.ContractTime;

/**
 * A reported fault or outage. Times are kept in {@code Europe/Amsterdam}. The business-critical inputs of
 * CS365.BC.2–5 are nullable: an absent one counts as a failed criterion. {@code respondedAt} and
 * {@code resolvedAt}, when known, say when the provider responded and resolved it (COMMON.MET); neither may lie
 * before {@code reportedAt}.
 *
 * <p>{@link #of(ZonedDateTime)} gives the incident with only its required input; build one with more with
 * {@link #builder(ZonedDateTime)}, naming only the inputs the case has:
 * {@code Incident.builder(reportedAt).cause(Cause.PROVIDER).allUsersAffected(true).build()}.
 */
public record Incident(ZonedDateTime reportedAt, ServiceType service, String description, String location,
                       Cause cause, ZonedDateTime outageStart, boolean allUsersAffected, Boolean usersAbleToLogIn,
                       Boolean workingSituationDelivered, Boolean passwordsHandedOver, Boolean correctPasswordsUsed,
                       Boolean filesMigrated, Boolean filesInaccessibleForAllUsers, Severity severity,
                       ZonedDateTime severityChangedAt, boolean azureComponent, String product,
                       Boolean customerHas24x7Staff, SlaClass slaClass, boolean emergency,
                       boolean duringCoveredEvent, ZonedDateTime respondedAt, ZonedDateTime resolvedAt)
        implements CaseInput {

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
        respondedAt = notBeforeReport(respondedAt, reportedAt, "respondedAt");
        resolvedAt = notBeforeReport(resolvedAt, reportedAt, "resolvedAt");
    }

    /** An incident reported at {@code reportedAt}, with every other input at its default. */
    public static Incident of(ZonedDateTime reportedAt) {
        return builder(reportedAt).build();
    }

    /**
     * The same as {@link #of(ZonedDateTime)}.
     *
     * @deprecated every input is built with {@code of}; use {@link #of(ZonedDateTime)}
     */
    @Deprecated
    public static Incident reportedAt(ZonedDateTime reportedAt) {
        return of(reportedAt);
    }

    /** A builder for an incident reported at {@code reportedAt}; every input not set keeps its default. */
    public static Builder builder(ZonedDateTime reportedAt) {
        return new Builder(reportedAt);
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

    private static ZonedDateTime notBeforeReport(ZonedDateTime time, ZonedDateTime reportedAt, String field) {
        if (time == null) {
            return null;
        }
        ZonedDateTime local = ContractTime.local(Check.time(time, field));
        if (local.isBefore(reportedAt)) {
            throw new InvalidInputException(field, time, "must not be before reportedAt " + reportedAt);
        }
        return local;
    }

    /** Collects an incident's inputs by name; {@link #build()} validates them as the constructor does. */
    public static final class Builder {
        private final ZonedDateTime reportedAt;
        private ServiceType service;
        private String description;
        private String location;
        private Cause cause;
        private ZonedDateTime outageStart;
        private boolean allUsersAffected;
        private Boolean usersAbleToLogIn;
        private Boolean workingSituationDelivered;
        private Boolean passwordsHandedOver;
        private Boolean correctPasswordsUsed;
        private Boolean filesMigrated;
        private Boolean filesInaccessibleForAllUsers;
        private Severity severity;
        private ZonedDateTime severityChangedAt;
        private boolean azureComponent;
        private String product;
        private Boolean customerHas24x7Staff;
        private SlaClass slaClass;
        private boolean emergency;
        private boolean duringCoveredEvent;
        private ZonedDateTime respondedAt;
        private ZonedDateTime resolvedAt;

        private Builder(ZonedDateTime reportedAt) {
            this.reportedAt = reportedAt;
        }

        public Builder service(ServiceType service) {
            this.service = service;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder location(String location) {
            this.location = location;
            return this;
        }

        public Builder cause(Cause cause) {
            this.cause = cause;
            return this;
        }

        public Builder outageStart(ZonedDateTime outageStart) {
            this.outageStart = outageStart;
            return this;
        }

        public Builder allUsersAffected(boolean allUsersAffected) {
            this.allUsersAffected = allUsersAffected;
            return this;
        }

        public Builder usersAbleToLogIn(Boolean usersAbleToLogIn) {
            this.usersAbleToLogIn = usersAbleToLogIn;
            return this;
        }

        public Builder workingSituationDelivered(Boolean workingSituationDelivered) {
            this.workingSituationDelivered = workingSituationDelivered;
            return this;
        }

        public Builder passwordsHandedOver(Boolean passwordsHandedOver) {
            this.passwordsHandedOver = passwordsHandedOver;
            return this;
        }

        public Builder correctPasswordsUsed(Boolean correctPasswordsUsed) {
            this.correctPasswordsUsed = correctPasswordsUsed;
            return this;
        }

        public Builder filesMigrated(Boolean filesMigrated) {
            this.filesMigrated = filesMigrated;
            return this;
        }

        public Builder filesInaccessibleForAllUsers(Boolean filesInaccessibleForAllUsers) {
            this.filesInaccessibleForAllUsers = filesInaccessibleForAllUsers;
            return this;
        }

        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        public Builder severityChangedAt(ZonedDateTime severityChangedAt) {
            this.severityChangedAt = severityChangedAt;
            return this;
        }

        public Builder azureComponent(boolean azureComponent) {
            this.azureComponent = azureComponent;
            return this;
        }

        public Builder product(String product) {
            this.product = product;
            return this;
        }

        public Builder customerHas24x7Staff(Boolean customerHas24x7Staff) {
            this.customerHas24x7Staff = customerHas24x7Staff;
            return this;
        }

        public Builder slaClass(SlaClass slaClass) {
            this.slaClass = slaClass;
            return this;
        }

        public Builder emergency(boolean emergency) {
            this.emergency = emergency;
            return this;
        }

        public Builder duringCoveredEvent(boolean duringCoveredEvent) {
            this.duringCoveredEvent = duringCoveredEvent;
            return this;
        }

        public Builder respondedAt(ZonedDateTime respondedAt) {
            this.respondedAt = respondedAt;
            return this;
        }

        public Builder resolvedAt(ZonedDateTime resolvedAt) {
            this.resolvedAt = resolvedAt;
            return this;
        }

        /** The incident; bad input is an {@link InvalidInputException} naming the field and the value. */
        public Incident build() {
            return new Incident(reportedAt, service, description, location, cause, outageStart, allUsersAffected,
                    usersAbleToLogIn, workingSituationDelivered, passwordsHandedOver, correctPasswordsUsed,
                    filesMigrated, filesInaccessibleForAllUsers, severity, severityChangedAt, azureComponent,
                    product, customerHas24x7Staff, slaClass, emergency, duringCoveredEvent, respondedAt,
                    resolvedAt);
        }
    }
}
