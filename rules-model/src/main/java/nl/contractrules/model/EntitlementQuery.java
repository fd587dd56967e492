package nl.contractrules.model;

/** Is a named service part of the package or an add-on? */
public record EntitlementQuery(String service) implements CaseInput {
    public EntitlementQuery {
        service = Check.notBlank(service, "service").trim();
    }

    @Override
    public CaseKind kind() {
        return CaseKind.ENTITLEMENT;
    }
}
