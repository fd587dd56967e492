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

    /**
     * Work of a category, the only required input; add the rest with the {@code with…} methods:
     * {@code WorkItem.of(WorkCategory.GENERAL).withExpectedMinutes(40).withActualMinutes(45).withOnSite(true)}.
     */
    public static WorkItem of(WorkCategory category) {
        return new WorkItem(category, null, null, null, false);
    }

    /** Work of a category expected to take {@code expectedMinutes}: {@code of(category).withExpectedMinutes(…)}. */
    public static WorkItem of(WorkCategory category, Integer expectedMinutes) {
        return of(category).withExpectedMinutes(expectedMinutes);
    }

    /** This work item expected to take that many minutes. */
    public WorkItem withExpectedMinutes(Integer expectedMinutes) {
        return new WorkItem(category, expectedMinutes, actualMinutes, performedAt, onSite);
    }

    /** This work item with the minutes it actually took. */
    public WorkItem withActualMinutes(Integer actualMinutes) {
        return new WorkItem(category, expectedMinutes, actualMinutes, performedAt, onSite);
    }

    /** This work item performed at the given time. */
    public WorkItem withPerformedAt(ZonedDateTime performedAt) {
        return new WorkItem(category, expectedMinutes, actualMinutes, performedAt, onSite);
    }

    /** This work item done on site (or not). */
    public WorkItem withOnSite(boolean onSite) {
        return new WorkItem(category, expectedMinutes, actualMinutes, performedAt, onSite);
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
