package nl.contractrules.model;

/** A number of named reactive-support contacts asked for. */
public record NamedContacts(Integer namedContacts) implements CaseInput {
    public NamedContacts {
        Check.between(Check.required(namedContacts, "namedContacts"), 0, Limits.MAX_COUNT, "namedContacts");
    }

    /** That many named contacts asked for. */
    public static NamedContacts of(Integer namedContacts) {
        return new NamedContacts(namedContacts);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CONTACTS;
    }
}
