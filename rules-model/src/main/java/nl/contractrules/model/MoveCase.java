package nl.contractrules.model;

/** A customer moving to a new address. */
public record MoveCase(Boolean sameAreaCode, boolean statutorySeatInOldArea, boolean withinTerm,
                       boolean bandwidthAvailable, boolean ordersOtherKpnProducts) implements CaseInput {
    public MoveCase {
        Check.required(sameAreaCode, "sameAreaCode");
    }

    /**
     * A move within ({@code true}) or out of the area code, everything else false; add the rest with the
     * {@code with…} methods: {@code MoveCase.sameAreaCode(false).withWithinTerm(true)}.
     */
    public static MoveCase sameAreaCode(boolean sameAreaCode) {
        return new MoveCase(sameAreaCode, false, false, false, false);
    }

    public MoveCase withStatutorySeatInOldArea(boolean statutorySeatInOldArea) {
        return new MoveCase(sameAreaCode, statutorySeatInOldArea, withinTerm, bandwidthAvailable,
                ordersOtherKpnProducts);
    }

    public MoveCase withWithinTerm(boolean withinTerm) {
        return new MoveCase(sameAreaCode, statutorySeatInOldArea, withinTerm, bandwidthAvailable,
                ordersOtherKpnProducts);
    }

    public MoveCase withBandwidthAvailable(boolean bandwidthAvailable) {
        return new MoveCase(sameAreaCode, statutorySeatInOldArea, withinTerm, bandwidthAvailable,
                ordersOtherKpnProducts);
    }

    public MoveCase withOrdersOtherKpnProducts(boolean ordersOtherKpnProducts) {
        return new MoveCase(sameAreaCode, statutorySeatInOldArea, withinTerm, bandwidthAvailable,
                ordersOtherKpnProducts);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.MOVE;
    }
}
