package nl.contractrules.model;

import java.time.ZonedDateTime;
import java.util.List;

/** The decision fields of an incident case ({@link CaseKind#INCIDENT}), in output order. */
public final class IncidentFields {
    public static final Field<Incident, Availability> AVAILABILITY = Field.of("availability", Availability.class);
    public static final Field<Incident, Cause> EXCLUSION_CAUSE = Field.of("exclusionCause", Cause.class);
    public static final Field<Incident, Boolean> CALAMITY = Field.of("calamity", Boolean.class);
    public static final Field<Incident, Boolean> BUSINESS_CRITICAL = Field.of("businessCritical", Boolean.class);
    public static final Field<Incident, List<String>> FAILED_CRITERIA = Field.listOf("failedCriteria", String.class);
    public static final Field<Incident, ServiceWindow> SERVICE_WINDOW = Field.of("serviceWindow", ServiceWindow.class);
    public static final Field<Incident, ZonedDateTime> HANDLED_FROM = Field.of("handledFrom", ZonedDateTime.class);
    public static final Field<Incident, Integer> PRIORITY_RANK = Field.of("priorityRank", Integer.class);
    public static final Field<Incident, Severity> SEVERITY = Field.of("severity", Severity.class);
    public static final Field<Incident, ZonedDateTime> RESPONSE_DEADLINE = Field.of("responseDeadline", ZonedDateTime.class);
    public static final Field<Incident, ZonedDateTime> REPAIR_DEADLINE = Field.of("repairDeadline", ZonedDateTime.class);
    public static final Field<Incident, Boolean> RESPONSE_MET = Field.of("responseMet", Boolean.class);
    public static final Field<Incident, Boolean> REPAIR_MET = Field.of("repairMet", Boolean.class);
    public static final Field<Incident, Integer> RESPONSE_ELAPSED_MINUTES = Field.of("responseElapsedMinutes", Integer.class);
    public static final Field<Incident, Integer> REPAIR_ELAPSED_MINUTES = Field.of("repairElapsedMinutes", Integer.class);

    static final List<Field<?, ?>> ALL = List.of(AVAILABILITY, EXCLUSION_CAUSE, CALAMITY, BUSINESS_CRITICAL, FAILED_CRITERIA, SERVICE_WINDOW, HANDLED_FROM, PRIORITY_RANK, SEVERITY, RESPONSE_DEADLINE, REPAIR_DEADLINE,
            RESPONSE_MET, REPAIR_MET, RESPONSE_ELAPSED_MINUTES, REPAIR_ELAPSED_MINUTES);

    private IncidentFields() {
    }
}
