package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import org.apiguardian.api.API;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * A rule template's data as a table ({@code *.data.csv}), one expansion of the template a row: a row
 * {@code Template,<path of the .drt>}, any {@code Notes,…} rows, a header row naming a template parameter a column
 * ({@code name}, or {@code name (what it holds, its unit)}), then the rows. An empty cell has no value: the
 * template's lines that use it are left out of that row's rules, as drools-templates leaves them out. Blank rows
 * are skipped; a cell holding a comma is quoted. Besides expanding templates ({@link RuleTemplates}), the tables
 * are read for the contract numbers they hold ({@code nl.contractrules.api.ContractTerms}).
 *
 * @param path     the table's path in the rule set
 * @param template the template's path, as the {@code Template} row names it; null when there is none
 * @param templateLine the line of the {@code Template} row (0 when there is none)
 * @param columns  the parameter each column fills, in order
 * @param headerLine the header row's line
 * @param rows     the rows below the header
 */
@API(status = INTERNAL, since = "0.1")
public record TemplateTable(String path, String template, int templateLine, List<Column> columns, int headerLine,
                     List<Row> rows) {
    /** How a table's name ends. */
    static final String SUFFIX = ".data.csv";
    private static final String TEMPLATE = "template";
    private static final String NOTES = "notes";
    /** A header cell: the parameter's name, then what the column holds in parentheses. */
    private static final Pattern HEADER = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*(?:\\((.*)\\))?");

    /** A column: the template parameter it fills and the header cell as written (its unit, for people). */
    public record Column(String parameter, String header) {
    }

    /** A row: its line and its cells by parameter (an empty cell is the empty string). */
    public record Row(int line, Map<String, String> values) {
    }

    /** Whether the path is a template's data table. */
    public static boolean isTable(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** The table in the file; adds to {@code problems} a malformed header and a row with more cells than columns. */
    public static TemplateTable parse(RuleFile file, List<RuleProblem> problems) {
        List<String> lines = new String(file.content(), UTF_8).lines().toList();
        CsvLineParser parser = new CsvLineParser();
        String template = null;
        int templateLine = 0;
        List<Column> columns = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = parser.parse(lines.get(i)).stream().map(String::strip).toList();
            if (cells.stream().allMatch(String::isEmpty)) {
                continue;
            }
            String first = cells.get(0).toLowerCase(Locale.ROOT);
            if (columns == null && first.equals(TEMPLATE)) {
                template = cells.size() > 1 ? cells.get(1) : "";
                templateLine = i + 1;
            } else if (columns == null && first.equals(NOTES)) {
                continue;
            } else if (columns == null) {
                columns = header(file.path(), cells, i + 1, problems);
                headerLine = i + 1;
            } else {
                rows.add(row(file.path(), columns, cells, i + 1, problems));
            }
        }
        return new TemplateTable(file.path(), template, templateLine, columns == null ? List.of() : columns,
                headerLine, rows);
    }

    private static List<Column> header(String path, List<String> cells, int line, List<RuleProblem> problems) {
        List<Column> columns = new ArrayList<>();
        int last = cells.size();
        while (last > 0 && cells.get(last - 1).isEmpty()) {
            last--;
        }
        for (String cell : cells.subList(0, last)) {
            Matcher m = HEADER.matcher(cell);
            if (m.matches()) {
                columns.add(new Column(m.group(1), cell));
            } else {
                problems.add(new RuleProblem(path, line, "header '" + cell + "' names no template parameter: a "
                        + "column's header is the parameter it fills, optionally followed by what it holds in "
                        + "parentheses, e.g. 'weeks' or 'factor (times the average)'"));
            }
        }
        return columns;
    }

    private static Row row(String path, List<Column> columns, List<String> cells, int line,
            List<RuleProblem> problems) {
        int filled = cells.size();
        while (filled > columns.size() && cells.get(filled - 1).isEmpty()) {
            filled--;
        }
        if (filled > columns.size()) {
            problems.add(new RuleProblem(path, line, "a row of " + filled + " cells under " + columns.size()
                    + " columns: a cell holding a comma is quoted (\"…\")"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            values.put(columns.get(c).parameter(), c < cells.size() ? cells.get(c) : "");
        }
        return new Row(line, values);
    }

    /**
     * A column for no parameter of the template and a parameter without a column, at the header row; a table
     * without a {@code Template} row, header or rows.
     */
    List<RuleProblem> check(String templatePath, List<String> parameters) {
        List<RuleProblem> problems = new ArrayList<>();
        if (headerLine == 0) {
            problems.add(new RuleProblem(path, 0, "no header row: a template's table names the parameter of "
                    + "each column in the row below its Template row"));
            return problems;
        }
        List<String> named = columns.stream().map(Column::parameter).toList();
        for (Column column : columns) {
            if (!parameters.contains(column.parameter())) {
                problems.add(new RuleProblem(path, headerLine, "'" + column.parameter() + "' is not a parameter of "
                        + "template " + templatePath + " (its parameters: " + String.join(", ", parameters) + ")"));
            } else if (named.indexOf(column.parameter()) != named.lastIndexOf(column.parameter())) {
                problems.add(new RuleProblem(path, headerLine, "two columns for '" + column.parameter() + "'"));
            }
        }
        for (String parameter : parameters) {
            if (!named.contains(parameter)) {
                problems.add(new RuleProblem(path, headerLine, "no column for '" + parameter + "', a parameter of "
                        + "template " + templatePath));
            }
        }
        return problems.stream().distinct().toList();
    }
}
