package nl.contractrules.model;

/** Is a named service part of the package or an add-on? */
public record EntitlementQuery(String service) implements CaseInput {
    public EntitlementQuery {
        service = Check.notBlank(service, "service").trim();
    }

    /** Case-insensitive match of the service name against any of the given names. */
    public boolean isAnyOf(String... names) {
        for (String name : names) {
            if (service.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.ENTITLEMENT;
    }
}
