package nl.contractrules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;

/** The typed columns of --format parquet: every field a result line can have, typed after its Java type. */
class TypedColumnsTest {
    @Test
    void everyDecisionFieldOfEveryKindIsAColumnBetweenTheErrorFieldsAndTheLists() {
        List<String> names = List.of(TypedColumns.SCHEMA.fieldNames());

        assertThat(names.subList(0, 4)).containsExactly("line", "error", "field", "message");
        assertThat(names.subList(names.size() - 3, names.size())).containsExactly("rules", "flags", "citations");
        for (CaseKind kind : CaseKind.values()) {
            assertThat(names).containsAll(kind.fields().stream().map(Field::name).toList());
        }
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void timesAreTextsWithTheirOffsetAndOtherValuesKeepTheirType() {
        assertThat(type("handledFrom")).isEqualTo(DataTypes.StringType);
        assertThat(type("rate")).isEqualTo(DataTypes.StringType);
        assertThat(type("ratio")).isEqualTo(DataTypes.createDecimalType(38, 18));
        assertThat(type("effectiveEndDate")).isEqualTo(DataTypes.DateType);
        assertThat(type("eventsNeeded")).isEqualTo(DataTypes.LongType);
        assertThat(type("billableMinutes")).isEqualTo(DataTypes.IntegerType);
        assertThat(type("calamity")).isEqualTo(DataTypes.BooleanType);
        assertThat(type("sessions")).isEqualTo(DataTypes.createArrayType(DataTypes.IntegerType));
        assertThat(type("failedCriteria")).isEqualTo(DataTypes.createArrayType(DataTypes.StringType));
    }

    private static Object type(String name) {
        return TypedColumns.SCHEMA.apply(name).dataType();
    }
}
