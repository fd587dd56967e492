package nl.contractrules.model;

import java.util.List;

/** The decision fields of a delivery-location case ({@link CaseKind#LOCATION}), in output order. */
public final class LocationFields {
    public static final Field<DeliveryLocation, Boolean> SEPARATE_WORK_ORDER = Field.of("separateWorkOrder", Boolean.class);
    public static final Field<DeliveryLocation, Boolean> CREDIT_EXCHANGE_ALLOWED = Field.of("creditExchangeAllowed", Boolean.class);

    static final List<Field<?, ?>> ALL = List.of(SEPARATE_WORK_ORDER, CREDIT_EXCHANGE_ALLOWED);

    private LocationFields() {
    }
}
