package nl.contractrules.model;

import java.util.List;

/** The decision fields of a move case ({@link CaseKind#MOVE}), in output order. */
public final class MoveFields {
    public static final Field<MoveCase, Boolean> NUMBERS_MOVE = Field.of("numbersMove", Boolean.class);
    public static final Field<MoveCase, Boolean> BUYOUT = Field.of("buyout", Boolean.class);

    static final List<Field<?, ?>> ALL = List.of(NUMBERS_MOVE, BUYOUT);

    private MoveFields() {
    }
}
