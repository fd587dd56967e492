package nl.contractrules.model;

import java.time.ZonedDateTime;
import java.util.List;
import nl.contractrules.time.ContractTime;

/** A measurement period [periodStart, periodEnd) and the outages in it (COMMON.AVAIL). */
public record AvailabilityPeriod(ZonedDateTime periodStart, ZonedDateTime periodEnd, List<Outage> outages)
        implements CaseInput {
    public AvailabilityPeriod {
        periodStart = ContractTime.local(Check.time(Check.required(periodStart, "periodStart"), "periodStart"));
        periodEnd = ContractTime.local(Check.time(Check.required(periodEnd, "periodEnd"), "periodEnd"));
        if (!periodEnd.isAfter(periodStart)) {
            throw new InvalidInputException("periodEnd", periodEnd, "must be after periodStart " + periodStart);
        }
        outages = List.copyOf(Check.entries(Check.required(outages, "outages"), "outages"));
    }

    /** The period [periodStart, periodEnd) and its outages (an empty list when there were none). */
    public static AvailabilityPeriod of(ZonedDateTime periodStart, ZonedDateTime periodEnd, List<Outage> outages) {
        return new AvailabilityPeriod(periodStart, periodEnd, outages);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.AVAILABILITY;
    }
}
