package nl.contractrules.model;

/** A number of named reactive-support contacts asked for. */
public record NamedContacts(Integer namedContacts) implements CaseInput {
    public NamedContacts {
        Check.notNegative(Check.required(namedContacts, "namedContacts"), "namedContacts");
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CONTACTS;
    }
}
