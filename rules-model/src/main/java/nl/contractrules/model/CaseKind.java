package nl.contractrules.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case kinds: the name in the scenario format, the input type and the decision's typed fields, in the order
 * a decision lists them. A rule can only set a field its kind declares, with a value of the field's type.
 */
public enum CaseKind {
    INCIDENT("incident", Incident.class, IncidentFields.ALL),
    CHANGE("change", ChangeRequest.class, ChangeFields.ALL),
    WORK("work", WorkItem.class, WorkFields.ALL),
    TERMINATION("termination", TerminationNotice.class, TerminationFields.ALL),
    CONFLICT("conflict", DocumentConflict.class, ConflictFields.ALL),
    AVAILABILITY("availability", AvailabilityPeriod.class, AvailabilityFields.ALL),
    FAIR_USE("fairUse", FairUseMeasurement.class, FairUseFields.ALL),
    TRAINING("training", TrainingRequest.class, TrainingFields.ALL),
    DOWNGRADE("downgrade", DowngradeRequest.class, DowngradeFields.ALL),
    CALL("call", CallCase.class, CallFields.ALL),
    USAGE("usage", UsageCase.class, UsageFields.ALL),
    MOVE("move", MoveCase.class, MoveFields.ALL),
    PERIOD("period", PeriodQuery.class, PeriodFields.ALL),
    LIABILITY("liability", LiabilityClaim.class, LiabilityFields.ALL),
    EVENT("event", SupportEvent.class, EventFields.ALL),
    WARRANTY("warranty", WarrantyClaim.class, WarrantyFields.ALL),
    ESCALATION("escalation", Escalation.class, EscalationFields.ALL),
    CONTACTS("contacts", NamedContacts.class, ContactsFields.ALL),
    ENTITLEMENT("entitlement", EntitlementQuery.class, EntitlementFields.ALL),
    CREDITS("credits", CreditConversion.class, CreditsFields.ALL),
    LOCATION("location", DeliveryLocation.class, LocationFields.ALL);

    private static final Map<String, CaseKind> BY_JSON_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(CaseKind::jsonName, Function.identity()));

    private final String jsonName;
    private final Class<? extends CaseInput> inputType;
    private final List<Field<?, ?>> fields;

    CaseKind(String jsonName, Class<? extends CaseInput> inputType, List<Field<?, ?>> fields) {
        this.jsonName = jsonName;
        this.inputType = inputType;
        this.fields = fields;
    }

    /** The name used in scenario files ({@code "kind": "fairUse"}). */
    public String jsonName() {
        return jsonName;
    }

    public Class<? extends CaseInput> inputType() {
        return inputType;
    }

    /** The decision fields of this kind, in output order. */
    public List<Field<?, ?>> fields() {
        return fields;
    }

    /** The decision field of this kind with that name, if it has one. */
    public Optional<Field<?, ?>> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The kind with that scenario-format name, if there is one (looked up for every bulk case, so a map). */
    public static Optional<CaseKind> fromJsonName(String name) {
        return Optional.ofNullable(BY_JSON_NAME.get(name));
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
