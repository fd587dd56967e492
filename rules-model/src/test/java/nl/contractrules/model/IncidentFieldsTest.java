package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
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
        assertThat(IncidentFields.RESPONSE_ELAPSED_MINUTES.type()).isEqualTo(Integer.class);
        assertThat(CaseKind.INCIDENT.field("repairElapsedMinutes")).containsSame(IncidentFields.REPAIR_ELAPSED_MINUTES);
    }

    @Test
    void everyMinuteFieldOfEveryKindIsAnInteger() {
        List<Field<?, ?>> minutes = Arrays.stream(CaseKind.values()).flatMap(kind -> kind.fields().stream())
                .filter(field -> field.name().endsWith("Minutes")).toList();

        assertThat(minutes).extracting(Field::name).contains("repairElapsedMinutes", "countedDowntimeMinutes",
                "billableMinutes");
        assertThat(minutes).allSatisfy(field -> assertThat(field.type()).as(field.name()).isEqualTo(Integer.class));
    }
}
