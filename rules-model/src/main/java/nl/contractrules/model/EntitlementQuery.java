package nl.contractrules.model;

/** Is a named service part of the package or an add-on? */
public record EntitlementQuery(String service) implements CaseInput {
    public EntitlementQuery {
        service = Check.notBlank(service, "service").trim();
    }

    /** The question for a service of that name. */
    public static EntitlementQuery of(String service) {
        return new EntitlementQuery(service);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.ENTITLEMENT;
    }
}
