package nl.contractrules.model;

import java.time.ZonedDateTime;
import nl.contractrules.time.ContractTime;

/** One outage inside an availability period; {@code allUsersAffected} defaults to true. */
public record Outage(ZonedDateTime start, ZonedDateTime end, Cause cause, Boolean allUsersAffected) {
    public Outage {
        start = ContractTime.local(Check.time(Check.required(start, "outages.start"), "outages.start"));
        end = ContractTime.local(Check.time(Check.required(end, "outages.end"), "outages.end"));
        Check.notBefore(start, end, "outages.end");
        cause = Check.orDefault(cause, Cause.UNKNOWN);
        allUsersAffected = Check.orDefault(allUsersAffected, Boolean.TRUE);
    }

    /**
     * An outage from {@code start} to {@code end} of unknown cause affecting all users; add the rest with the
     * {@code with…} methods: {@code Outage.of(start, end).withCause(Cause.PLANNED_MAINTENANCE)}.
     */
    public static Outage of(ZonedDateTime start, ZonedDateTime end) {
        return new Outage(start, end, null, null);
    }

    /** This outage with another cause. */
    public Outage withCause(Cause cause) {
        return new Outage(start, end, cause, allUsersAffected);
    }

    /** This outage affecting all users, or only some. */
    public Outage withAllUsersAffected(boolean allUsersAffected) {
        return new Outage(start, end, cause, allUsersAffected);
    }
}
