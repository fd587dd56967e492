package nl.contractrules.model;

/** A customer moving to a new address. */
public record MoveCase(Boolean sameAreaCode, boolean statutorySeatInOldArea, boolean withinTerm,
                       boolean bandwidthAvailable, boolean ordersOtherKpnProducts) implements CaseInput {
    public MoveCase {
        Check.required(sameAreaCode, "sameAreaCode");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.MOVE;
    }
}
