package nl.contractrules.model;

/** The input of one case: what happened or what is asked, to be decided under a contract. */
public sealed interface CaseInput permits Incident, ChangeRequest, WorkItem, TerminationNotice, DocumentConflict,
        AvailabilityPeriod, FairUseMeasurement, TrainingRequest, DowngradeRequest, CallCase, UsageCase, MoveCase,
        PeriodQuery, LiabilityClaim, SupportEvent, WarrantyClaim, Escalation, NamedContacts, EntitlementQuery,
        CreditConversion, DeliveryLocation {

    CaseKind kind();
}
