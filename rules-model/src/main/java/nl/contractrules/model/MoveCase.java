package nl.contractrules.model;

/** A customer moving to a new address. */
public record MoveCase(Boolean sameAreaCode, boolean statutorySeatInOldArea, boolean withinTerm,
                       boolean bandwidthAvailable, boolean ordersOtherKpnProducts) implements CaseInput {
    public MoveCase {
        Check.required(sameAreaCode, "sameAreaCode");
    }

    /**
     * A move within ({@code true}) or out of the area code, everything else false; add the rest with the
     * {@code with…} methods: {@code MoveCase.of(false).withWithinTerm(true)}.
     */
    public static MoveCase of(boolean sameAreaCode) {
        return new MoveCase(sameAreaCode, false, false, false, false);
    }

    /**
     * The same as {@link #of(boolean)}.
     *
     * @deprecated every input is built with {@code of}; use {@link #of(boolean)}
     */
    @Deprecated
    public static MoveCase sameAreaCode(boolean sameAreaCode) {
        return of(sameAreaCode);
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
