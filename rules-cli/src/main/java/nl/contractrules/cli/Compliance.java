package nl.contractrules.cli;

import java.time.ZonedDateTime;
import java.util.Optional;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;

/**
 * How an incident decision fared against a target (COMMON.MET), as the command line shows it at a glance.
 * Declared from the least to the most telling, so an incident's overall verdict is the greatest of its two.
 */
enum Compliance {
    /** The decision has no deadline for it. */
    NO_TARGET,
    /** A deadline, but no moment given to measure against it. */
    NOT_MEASURED,
    /** Met ({@code …Met} true). */
    MET,
    /** Missed ({@code …Met} false). */
    MISSED;

    /** A target's verdict from its deadline and its {@code …Met} field. */
    static Compliance of(ZonedDateTime deadline, Boolean met) {
        if (met != null) {
            return met ? MET : MISSED;
        }
        return deadline == null ? NO_TARGET : NOT_MEASURED;
    }

    /** The response target's verdict of an incident decision. */
    static Compliance response(Decision<Incident> d) {
        return of(d.get(IncidentFields.RESPONSE_DEADLINE), d.get(IncidentFields.RESPONSE_MET));
    }

    /** The repair target's verdict of an incident decision. */
    static Compliance repair(Decision<Incident> d) {
        return of(d.get(IncidentFields.REPAIR_DEADLINE), d.get(IncidentFields.REPAIR_MET));
    }

    /**
     * An incident's overall verdict: missed when a target was missed, else met when one was met, else not measured
     * when it has a deadline, else no target. Empty for a rejection or a decision of another kind.
     */
    static Optional<Compliance> ofIncident(Outcome<?> outcome) {
        if (outcome instanceof Decision<?> decision && decision.kind() == CaseKind.INCIDENT) {
            Decision<Incident> d = decision.as(Incident.class);
            Compliance response = response(d);
            Compliance repair = repair(d);
            return Optional.of(response.compareTo(repair) >= 0 ? response : repair);
        }
        return Optional.empty();
    }
}
