package nl.contractrules.model;

import java.time.ZonedDateTime;
import nl.contractrules.time.ContractTime;

/** A change order received by the provider. */
public record ChangeRequest(ZonedDateTime receivedAt, ChangeType changeType) implements CaseInput {
    public ChangeRequest {
        receivedAt = ContractTime.local(Check.time(Check.required(receivedAt, "receivedAt"), "receivedAt"));
        Check.required(changeType, "changeType");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CHANGE;
    }
}
