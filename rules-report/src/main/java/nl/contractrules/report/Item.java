package nl.contractrules.report;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.Availability;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;

/**
 * What the report keeps of one case of the input, worked out on the thread that decided it: an incident's figures,
 * another kind's decision (only counted), or a bad line.
 */
sealed interface Item {

    /** A decided case of a kind other than incident: counted, not reported. */
    record Other(Contract contract) implements Item {
    }

    /** A line that could not be read, or a case that was rejected. */
    record Bad(BadLine line) implements Item {
    }

    /**
     * A decided incident: the availability class and exclusion cause its decision gives, each target's verdict, the
     * missed targets, and its outage as reported: from {@code outageStart} to {@code resolvedAt} (null while open),
     * with its cause and whether all users were affected.
     */
    record IncidentFacts(Contract contract, ZonedDateTime reportedAt, Availability availability, Cause exclusionCause,
                         Verdict response, Verdict repair, ZonedDateTime outageStart, ZonedDateTime outageEnd,
                         Cause cause, boolean allUsersAffected, List<MissedTarget> missed) implements Item {
        boolean open() {
            return outageEnd == null;
        }
    }

    /** The item of one result; {@code rules} asks how long each missed target was (see {@link MissedTarget}). */
    static Item of(BulkResult result, ContractRules rules) {
        BulkCase c = result.bulkCase();
        if (result.outcome() instanceof Rejection<?> r) {
            return new Bad(new BadLine(result.position(), c.id(), c.contractId(), c.kind(), r.field(), r.message()));
        }
        if (!(c.input() instanceof Incident incident)) {
            return new Other(c.contract());
        }
        Decision<Incident> d = ((Decision<?>) result.outcome()).as(Incident.class);
        List<MissedTarget> missed = new ArrayList<>(2);
        for (Target target : Target.values()) {
            if (target.verdict(d) == Verdict.MISSED) {
                missed.add(missed(result, rules, incident, d, target));
            }
        }
        return new IncidentFacts(c.contract(), incident.reportedAt(), d.get(IncidentFields.AVAILABILITY),
                d.get(IncidentFields.EXCLUSION_CAUSE), Target.RESPONSE.verdict(d), Target.REPAIR.verdict(d),
                incident.outageStart(), incident.resolvedAt(), incident.cause(), incident.allUsersAffected(),
                List.copyOf(missed));
    }

    /**
     * A missed target, with the minutes the target allows: the rules' count of the same incident up to the deadline
     * (so an office-hour target counts office minutes, a clock-hour target real minutes, as the decision does).
     */
    private static MissedTarget missed(BulkResult result, ContractRules rules, Incident incident,
            Decision<Incident> d, Target target) {
        ZonedDateTime deadline = target.deadline(d);
        Integer elapsed = target.elapsedMinutes(d);
        Outcome<Incident> atDeadline = rules.evaluate(result.bulkCase().contract(),
                Moments.at(incident, target, deadline));
        Integer allowed = atDeadline instanceof Decision<Incident> at ? target.elapsedMinutes(at) : null;
        return new MissedTarget(result.position(), result.bulkCase().id(), result.bulkCase().contractId(), target,
                incident.reportedAt(), deadline, target.moment(incident), elapsed, allowed,
                allowed == null || elapsed == null ? null : Math.subtractExact(elapsed, allowed), d.citations());
    }
}
