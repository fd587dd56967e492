package nl.contractrules.report;

import java.time.ZonedDateTime;
import java.util.List;
import nl.contractrules.model.Citation;
import nl.contractrules.model.RuleId;

/**
 * A target an incident missed: its case, the deadline, the moment it was met after all, and by how much it was
 * missed, counted as the target counts (office minutes for an office-hour target, clock minutes otherwise).
 *
 * @param position      the case's place in the input (its line number)
 * @param moment        when the provider responded or reported the fault resolved
 * @param elapsedMinutes the minutes the target used up to {@code moment}, as the decision gives them (null if not)
 * @param targetMinutes the minutes the target allows: what the rules count from its start up to the deadline;
 *                      null when the rules could not say (the evaluation at the deadline was rejected)
 * @param minutesOver   {@code elapsedMinutes − targetMinutes}; null with {@code targetMinutes}
 * @param citations     every rule of the decision: its ID, seed document and section
 */
public record MissedTarget(long position, String caseId, String contractId, Target target, ZonedDateTime reportedAt,
                           ZonedDateTime deadline, ZonedDateTime moment, Integer elapsedMinutes,
                           Integer targetMinutes, Integer minutesOver, List<Citation> citations) {

    /** The rule IDs of the decision, in its order. */
    public List<RuleId> ruleIds() {
        return citations.stream().map(Citation::id).toList();
    }

    /** How far over, for ordering: minutes over, or the minutes used when the target's length is unknown. */
    long severity() {
        return minutesOver != null ? minutesOver : elapsedMinutes != null ? elapsedMinutes : 0;
    }
}
