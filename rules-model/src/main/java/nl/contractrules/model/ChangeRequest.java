package nl.contractrules.model;

import java.time.ZonedDateTime;
import nl.contractrules.time.ContractTime;

/** A change order received by the provider. */
public record ChangeRequest(ZonedDateTime receivedAt, ChangeType changeType) implements CaseInput {
    public ChangeRequest {
        receivedAt = ContractTime.local(Check.time(Check.required(receivedAt, "receivedAt"), "receivedAt"));
        Check.required(changeType, "changeType");
    }

    /** A change of that type received at that time: both inputs are required. */
    public static ChangeRequest of(ZonedDateTime receivedAt, ChangeType changeType) {
        return new ChangeRequest(receivedAt, changeType);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CHANGE;
    }
}
