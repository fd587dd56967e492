package nl.contractrules.model;

import java.util.List;

/** The decision fields of a named-contacts case ({@link CaseKind#CONTACTS}), in output order. */
public final class ContactsFields {
    public static final Field<NamedContacts, Boolean> ALLOWED = Field.of("allowed", Boolean.class);
    public static final Field<NamedContacts, Boolean> INCLUDED = Field.of("included", Boolean.class);

    static final List<Field<?, ?>> ALL = List.of(ALLOWED, INCLUDED);

    private ContactsFields() {
    }
}
