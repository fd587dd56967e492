package nl.contractrules.report;

import java.time.ZonedDateTime;
import nl.contractrules.api.Decision;
import nl.contractrules.model.Field;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;

/** The two targets an incident decision may measure (COMMON.MET): the first response and the repair. */
public enum Target {
    RESPONSE(IncidentFields.RESPONSE_DEADLINE, IncidentFields.RESPONSE_MET, IncidentFields.RESPONSE_ELAPSED_MINUTES),
    REPAIR(IncidentFields.REPAIR_DEADLINE, IncidentFields.REPAIR_MET, IncidentFields.REPAIR_ELAPSED_MINUTES);

    private final Field<Incident, ZonedDateTime> deadline;
    private final Field<Incident, Boolean> met;
    private final Field<Incident, Integer> elapsed;

    Target(Field<Incident, ZonedDateTime> deadline, Field<Incident, Boolean> met, Field<Incident, Integer> elapsed) {
        this.deadline = deadline;
        this.met = met;
        this.elapsed = elapsed;
    }

    /** The decision's deadline for this target; null when it has none. */
    public ZonedDateTime deadline(Decision<Incident> d) {
        return d.get(deadline);
    }

    /** The minutes the target used up to the moment given, as the target counts them; null when not measured. */
    public Integer elapsedMinutes(Decision<Incident> d) {
        return d.get(elapsed);
    }

    public Verdict verdict(Decision<Incident> d) {
        return Verdict.of(d.get(deadline), d.get(met));
    }

    /** The moment the target measures: {@code respondedAt} or {@code resolvedAt}; null when not given. */
    public ZonedDateTime moment(Incident incident) {
        return this == RESPONSE ? incident.respondedAt() : incident.resolvedAt();
    }

    /** The name of the moment's input field. */
    public String momentField() {
        return this == RESPONSE ? "respondedAt" : "resolvedAt";
    }

    /** {@code response} or {@code repair}. */
    public String jsonName() {
        return this == RESPONSE ? "response" : "repair";
    }
}
