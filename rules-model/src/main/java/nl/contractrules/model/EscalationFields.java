package nl.contractrules.model;

import java.util.List;

/** The decision fields of an escalation case ({@link CaseKind#ESCALATION}), in output order. */
public final class EscalationFields {
    public static final Field<Escalation, Integer> NEXT_STEP = Field.of("nextStep", Integer.class);

    static final List<Field<?, ?>> ALL = List.of(NEXT_STEP);

    private EscalationFields() {
    }
}
