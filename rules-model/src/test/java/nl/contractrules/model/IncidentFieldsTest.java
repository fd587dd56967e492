package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IncidentFieldsTest {

    @Test
    void complianceFieldsFollowTheDeadlinesInTheSpecsOrder() {
        List<String> names = CaseKind.INCIDENT.fields().stream().map(Field::name).toList();
        assertThat(names).endsWith("responseDeadline", "repairDeadline",
                "responseMet", "repairMet", "responseElapsedMinutes", "repairElapsedMinutes");
    }

    @Test
    void complianceFieldsAreTyped() {
        assertThat(CaseKind.INCIDENT.field("responseMet")).containsSame(IncidentFields.RESPONSE_MET);
        assertThat(IncidentFields.REPAIR_MET.type()).isEqualTo(Boolean.class);
        assertThat(IncidentFields.RESPONSE_ELAPSED_MINUTES.type()).isEqualTo(Long.class);
        assertThat(CaseKind.INCIDENT.field("repairElapsedMinutes")).containsSame(IncidentFields.REPAIR_ELAPSED_MINUTES);
    }
}
