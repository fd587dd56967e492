package nl.contractrules.model;

import java.util.List;

/** The decision fields of a document-conflict case ({@link CaseKind#CONFLICT}), in output order. */
public final class ConflictFields {
    public static final Field<DocumentConflict, String> PREVAILING = Field.of("prevailing", String.class);
    public static final Field<DocumentConflict, List<String>> ORDER = Field.listOf("order", String.class);

    static final List<Field<?, ?>> ALL = List.of(PREVAILING, ORDER);

    private ConflictFields() {
    }
}
