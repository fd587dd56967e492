package nl.contractrules.report;

import java.time.ZonedDateTime;
import nl.contractrules.model.Incident;

/** An incident with other moments of response and resolution, to ask the rules what a target counts up to then. */
final class Moments {
    private Moments() {
    }

    /** The same incident, responded to at {@code respondedAt} and resolved at {@code resolvedAt}. */
    static Incident at(Incident i, ZonedDateTime respondedAt, ZonedDateTime resolvedAt) {
        return new Incident(i.reportedAt(), i.service(), i.description(), i.location(), i.cause(), i.outageStart(),
                i.allUsersAffected(), i.usersAbleToLogIn(), i.workingSituationDelivered(), i.passwordsHandedOver(),
                i.correctPasswordsUsed(), i.filesMigrated(), i.filesInaccessibleForAllUsers(), i.severity(),
                i.severityChangedAt(), i.azureComponent(), i.product(), i.customerHas24x7Staff(), i.slaClass(),
                i.emergency(), i.duringCoveredEvent(), respondedAt, resolvedAt);
    }

    /** The same incident with the moment one target measures set to {@code moment}. */
    static Incident at(Incident i, Target target, ZonedDateTime moment) {
        return target == Target.RESPONSE ? at(i, moment, i.resolvedAt()) : at(i, i.respondedAt(), moment);
    }
}
