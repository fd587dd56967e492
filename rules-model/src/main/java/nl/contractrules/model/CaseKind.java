package nl.contractrules.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The case kinds of {@code ../shared/spec/scenarios.md}: the JSON name, the input type and the decision's
 * fields, in the order a decision lists them. A rule can only set a field its kind declares.
 */
public enum CaseKind {
    INCIDENT("incident", Incident.class, "availability", "exclusionCause", "calamity", "businessCritical",
            "failedCriteria", "serviceWindow", "handledFrom", "priorityRank", "severity", "responseDeadline",
            "repairDeadline"),
    CHANGE("change", ChangeRequest.class, "businessDays", "dueAt", "minimumBilledMinutes"),
    WORK("work", WorkItem.class, "covered", "deductedMinutes", "billableMinutes", "travelCosts", "rate"),
    TERMINATION("termination", TerminationNotice.class, "effectiveEndDate", "withinTerm", "buyoutMonths",
            "buyoutAmount", "serviceLevelAfter"),
    CONFLICT("conflict", DocumentConflict.class, "prevailing", "order"),
    AVAILABILITY("availability", AvailabilityPeriod.class, "availabilityPercent", "countedDowntimeMinutes",
            "excludedDowntimeMinutes", "targetPercent", "met"),
    FAIR_USE("fairUse", FairUseMeasurement.class, "exceeded", "ratio"),
    TRAINING("training", TrainingRequest.class, "sessions"),
    DOWNGRADE("downgrade", DowngradeRequest.class, "allowed", "minimumCount", "settledOn"),
    CALL("call", CallCase.class, "category", "included"),
    USAGE("usage", UsageCase.class, "status"),
    MOVE("move", MoveCase.class, "numbersMove", "buyout"),
    PERIOD("period", PeriodQuery.class, "until"),
    LIABILITY("liability", LiabilityClaim.class, "cap", "payable"),
    EVENT("event", SupportEvent.class, "covered", "eventsNeeded"),
    WARRANTY("warranty", WarrantyClaim.class, "warrantyUntil"),
    ESCALATION("escalation", Escalation.class, "nextStep"),
    CONTACTS("contacts", NamedContacts.class, "allowed", "included"),
    ENTITLEMENT("entitlement", EntitlementQuery.class, "entitlement"),
    CREDITS("credits", CreditConversion.class, "credits"),
    LOCATION("location", DeliveryLocation.class, "separateWorkOrder", "creditExchangeAllowed");

    private final String jsonName;
    private final Class<? extends CaseInput> inputType;
    private final List<String> fields;

    CaseKind(String jsonName, Class<? extends CaseInput> inputType, String... fields) {
        this.jsonName = jsonName;
        this.inputType = inputType;
        this.fields = List.of(fields);
    }

    /** The name used in scenario files ({@code "kind": "fairUse"}). */
    public String jsonName() {
        return jsonName;
    }

    public Class<? extends CaseInput> inputType() {
        return inputType;
    }

    /** The decision fields of this kind, in output order. */
    public List<String> fields() {
        return fields;
    }

    public static Optional<CaseKind> fromJsonName(String name) {
        return Arrays.stream(values()).filter(k -> k.jsonName.equals(name)).findFirst();
    }

    @Override
    public String toString() {
        return jsonName;
    }
}
