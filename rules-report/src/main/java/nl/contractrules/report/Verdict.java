package nl.contractrules.report;

import java.time.ZonedDateTime;
import java.util.Optional;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Incident;

/**
 * How an incident decision fared against one target (COMMON.MET), as its fields say. Declared from the least to the
 * most telling, so an incident's overall verdict is the greatest of its two ({@link #ofIncident}).
 */
public enum Verdict {
    /** The decision has no deadline for it. */
    NO_TARGET,
    /** A deadline, but no moment given to measure against it. */
    NOT_MEASURED,
    /** The target's {@code …Met} is true. */
    MET,
    /** The target's {@code …Met} is false. */
    MISSED;

    /** A target's verdict from its deadline and its {@code …Met} field. */
    static Verdict of(ZonedDateTime deadline, Boolean met) {
        if (met != null) {
            return met ? MET : MISSED;
        }
        return deadline == null ? NO_TARGET : NOT_MEASURED;
    }

    /**
     * An incident's overall verdict: missed when a target was missed, else met when one was met, else not measured
     * when it has a deadline, else no target. Empty for a rejection or a decision of another kind.
     */
    public static Optional<Verdict> ofIncident(Outcome<?> outcome) {
        if (outcome instanceof Decision<?> decision && decision.kind() == CaseKind.INCIDENT) {
            Decision<Incident> d = decision.as(Incident.class);
            Verdict response = Target.RESPONSE.verdict(d);
            Verdict repair = Target.REPAIR.verdict(d);
            return Optional.of(response.compareTo(repair) >= 0 ? response : repair);
        }
        return Optional.empty();
    }

    /** The name in the JSON and CSV figures: {@code met}, {@code missed}, {@code notMeasured}, {@code noTarget}. */
    public String jsonName() {
        return switch (this) {
            case MET -> "met";
            case MISSED -> "missed";
            case NOT_MEASURED -> "notMeasured";
            case NO_TARGET -> "noTarget";
        };
    }

    /** The words a reader sees. */
    public String label() {
        return switch (this) {
            case MET -> "met";
            case MISSED -> "missed";
            case NOT_MEASURED -> "not measured";
            case NO_TARGET -> "no target";
        };
    }
}
