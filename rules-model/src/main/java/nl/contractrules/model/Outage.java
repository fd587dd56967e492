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
}
