package nl.contractrules.model;

import java.util.List;

/** The decision fields of a call case ({@link CaseKind#CALL}), in output order. */
public final class CallFields {
    public static final Field<CallCase, CallCategory> CATEGORY = Field.of("category", CallCategory.class);
    public static final Field<CallCase, Boolean> INCLUDED = Field.of("included", Boolean.class);

    static final List<Field<?, ?>> ALL = List.of(CATEGORY, INCLUDED);

    private CallFields() {
    }
}
