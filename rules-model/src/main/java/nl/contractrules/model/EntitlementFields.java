package nl.contractrules.model;

import java.util.List;

/** The decision fields of an entitlement case ({@link CaseKind#ENTITLEMENT}), in output order. */
public final class EntitlementFields {
    public static final Field<EntitlementQuery, Entitlement> ENTITLEMENT = Field.of("entitlement", Entitlement.class);

    static final List<Field<?, ?>> ALL = List.of(ENTITLEMENT);

    private EntitlementFields() {
    }
}
