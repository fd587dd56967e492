package nl.contractrules.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The typed columns of a result line, read from the line itself: the error fields, the union of the case kinds'
 * decision fields, then {@code rules}, {@code flags} and {@code citations}.
 *
 * <p>A field's column type follows its Java type: booleans, integers and longs as such, amounts and ratios as
 * {@code decimal(38,18)}, dates as dates, lists as arrays; everything else (texts, enumerations, and times, which
 * keep their ISO form with their offset) as strings.
 */
final class TypedColumns {
    /** The schema of a result line's fields. */
    static final StructType SCHEMA = schema();

    private TypedColumns() {
    }

    private static StructType schema() {
        StructType schema = new StructType()
                .add("line", DataTypes.LongType)
                .add("error", DataTypes.BooleanType)
                .add("field", DataTypes.StringType)
                .add("message", DataTypes.StringType);
        Map<String, DataType> fields = new LinkedHashMap<>();
        for (CaseKind kind : CaseKind.values()) {
            for (Field<?, ?> field : kind.fields()) {
                DataType type = typeOf(field.type(), field.elementType());
                DataType before = fields.putIfAbsent(field.name(), type);
                if (before != null && !before.equals(type)) {
                    throw new IllegalStateException("decision field " + field.name() + " is " + before
                            + " in one kind and " + type + " in " + kind);
                }
            }
        }
        for (Map.Entry<String, DataType> field : fields.entrySet()) {
            schema = schema.add(field.getKey(), field.getValue());
        }
        return schema
                .add("rules", DataTypes.createArrayType(DataTypes.StringType))
                .add("flags", DataTypes.createArrayType(DataTypes.StringType))
                .add("citations", DataTypes.createArrayType(new StructType()
                        .add("id", DataTypes.StringType)
                        .add("seed", DataTypes.StringType)
                        .add("section", DataTypes.StringType)));
    }

    private static DataType typeOf(Class<?> type, Class<?> elementType) {
        if (type == Boolean.class) {
            return DataTypes.BooleanType;
        }
        if (type == Integer.class) {
            return DataTypes.IntegerType;
        }
        if (type == Long.class) {
            return DataTypes.LongType;
        }
        if (type == BigDecimal.class) {
            return DataTypes.createDecimalType(38, 18);
        }
        if (type == LocalDate.class) {
            return DataTypes.DateType;
        }
        if (type == List.class) {
            return DataTypes.createArrayType(typeOf(elementType, null));
        }
        return DataTypes.StringType;
    }
}
