package nl.contractrules.model;

import java.time.ZonedDateTime;
import nl.contractrules.time.ContractTime;

/** A piece of work: coverage is decided on the expected minutes, billing on the actual ones (COMMON.WORK). */
public record WorkItem(WorkCategory category, Integer expectedMinutes, Integer actualMinutes,
                       ZonedDateTime performedAt, boolean onSite) implements CaseInput {
    public WorkItem {
        Check.required(category, "category");
        Check.between(expectedMinutes, 0, Limits.MAX_MINUTES, "expectedMinutes");
        Check.between(actualMinutes, 0, Limits.MAX_MINUTES, "actualMinutes");
        performedAt = performedAt == null ? null : ContractTime.local(Check.time(performedAt, "performedAt"));
    }

    /** Expected minutes, 0 when not given. */
    public int expected() {
        return expectedMinutes == null ? 0 : expectedMinutes;
    }

    /** Actual minutes, falling back to the expected ones, 0 when neither is given. */
    public int actual() {
        return actualMinutes == null ? expected() : actualMinutes;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.WORK;
    }
}
