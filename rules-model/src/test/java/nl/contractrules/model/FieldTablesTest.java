package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/scenarios.md} lists every field of every case kind as the model has it: per kind its input fields
 * (the input record's components, the required ones marked {@code *}: as many as its {@code of} factory takes) and
 * its decision fields (the kind's {@code …Fields} constants), each with its type, and for a closed set every value.
 */
class FieldTablesTest {
    private static final Path SCENARIOS = Path.of("../docs/scenarios.md");
    private static final Pattern KIND_HEADING = Pattern.compile("^### `(\\w+)`");
    private static final Pattern NAME = Pattern.compile("`(\\w+)`(\\*?)");
    private static final Pattern CONSTANT = Pattern.compile("`([A-Z0-9_]+)`");

    /** A row of a field table: the names in its first cell (with whether each is marked required) and its type. */
    private record Row(Map<String, Boolean> names, String type) {
    }

    /** A kind's section: its input table and its decision table. */
    private record Section(List<Row> inputs, List<Row> decisions) {
    }

    @Test
    void everyKindHasASectionWithItsInputAndDecisionFields() throws IOException {
        Map<String, Section> sections = sections();

        assertThat(sections.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(CaseKind.values()).map(CaseKind::jsonName).toList());
        for (CaseKind kind : CaseKind.values()) {
            Section section = sections.get(kind.jsonName());
            assertThat(names(section.inputs())).as("input fields of %s", kind)
                    .containsExactlyElementsOf(components(kind.inputType()));
            assertThat(names(section.decisions())).as("decision fields of %s", kind)
                    .containsExactlyElementsOf(kind.fields().stream().map(Field::name).toList());
        }
    }

    @Test
    void theRequiredInputsAreThoseTheOfFactoryTakes() throws IOException {
        Map<String, Section> sections = sections();
        for (CaseKind kind : CaseKind.values()) {
            long marked = sections.get(kind.jsonName()).inputs().stream()
                    .flatMap(row -> row.names().values().stream()).filter(required -> required).count();
            int required = Arrays.stream(kind.inputType().getMethods())
                    .filter(m -> m.getName().equals("of") && Modifier.isStatic(m.getModifiers()))
                    .mapToInt(Method::getParameterCount).min().orElseThrow();
            assertThat(marked).as("inputs of %s marked *", kind).isEqualTo(required);
        }
    }

    @Test
    void eachFieldHasTheTypeTheDocsGive() throws IOException {
        Map<String, Section> sections = sections();
        List<String> wrong = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            Section section = sections.get(kind.jsonName());
            Map<String, RecordComponent> components = Arrays.stream(kind.inputType().getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c));
            for (Row row : section.inputs()) {
                for (String name : row.names().keySet()) {
                    RecordComponent component = components.get(name);
                    check(kind + " input " + name, row.type(), component.getType(), elementType(component), wrong);
                }
            }
            for (Row row : section.decisions()) {
                for (String name : row.names().keySet()) {
                    Field<?, ?> field = kind.field(name).orElseThrow();
                    check(kind + " decision " + name, row.type(), field.type(), field.elementType(), wrong);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theContractTableListsEveryContractField() throws IOException {
        List<String> lines = Files.readAllLines(SCENARIOS);
        int start = lines.indexOf("## The contract");
        List<Row> rows = table(lines, start, "field");

        assertThat(names(rows)).containsExactlyInAnyOrderElementsOf(components(Contract.class));
    }

    /** The type a table gives, against the Java type: a closed set must list exactly the enum's values. */
    private static void check(String what, String docType, Class<?> type, Class<?> elementType, List<String> wrong) {
        Class<?> boxed = type == int.class ? Integer.class : type == boolean.class ? Boolean.class : type;
        boolean ok;
        if (docType.startsWith("one of")) {
            Set<String> listed = new TreeSet<>();
            Matcher constant = CONSTANT.matcher(docType);
            while (constant.find()) {
                listed.add(constant.group(1));
            }
            ok = boxed.isEnum() && listed.equals(Arrays.stream(boxed.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.toCollection(TreeSet::new)));
        } else if (docType.startsWith("list of")) {
            ok = boxed == List.class && elementType != null;
        } else {
            ok = switch (docType.split("\\W", 2)[0]) {
                case "time" -> boxed == ZonedDateTime.class;
                case "date" -> boxed == LocalDate.class;
                case "integer" -> boxed == Integer.class || boxed == Long.class;
                case "decimal" -> boxed == BigDecimal.class;
                case "boolean" -> boxed == Boolean.class;
                case "text" -> boxed == String.class;
                case "tier" -> boxed == Tier.class;
                default -> boxed.isEnum() && docType.contains("`");
            };
        }
        if (!ok) {
            wrong.add(what + ": the docs say '" + docType + "', the model has " + boxed.getSimpleName());
        }
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        return generic instanceof ParameterizedType p ? (Class<?>) p.getActualTypeArguments()[0] : null;
    }

    private static List<String> components(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> names(List<Row> rows) {
        return rows.stream().flatMap(row -> row.names().keySet().stream()).toList();
    }

    /** Every {@code ### `kind`} section of the case kinds, with its two tables. */
    private static Map<String, Section> sections() throws IOException {
        List<String> lines = Files.readAllLines(SCENARIOS);
        Map<String, Section> sections = new LinkedHashMap<>();
        for (int i = lines.indexOf("## Case kinds"); i < lines.size(); i++) {
            if (lines.get(i).startsWith("## ") && !lines.get(i).equals("## Case kinds")) {
                break;
            }
            Matcher heading = KIND_HEADING.matcher(lines.get(i));
            if (heading.find()) {
                sections.put(heading.group(1), new Section(table(lines, i, "input"), table(lines, i, "decision")));
            }
        }
        return sections;
    }

    /** The rows of the first table after line {@code from} whose first column is titled {@code title}. */
    private static List<Row> table(List<String> lines, int from, String title) {
        int header = from;
        while (!lines.get(header).startsWith("| " + title + " |")) {
            header++;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", -1);
            Map<String, Boolean> names = new LinkedHashMap<>();
            Matcher name = NAME.matcher(cells[1]);
            while (name.find()) {
                names.put(name.group(1), !name.group(2).isEmpty());
            }
            rows.add(new Row(names, String.join("|", Arrays.copyOfRange(cells, 2, cells.length - 1)).strip()));
        }
        return rows;
    }
}
