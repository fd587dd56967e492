package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.contractrules.engine.compile.TemplateTable;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/**
 * The contract numbers of a rule set as its data files state them, one a line: every row of a regime's template
 * tables ({@code *.data.csv}: its terms table, its fair-use policies, its document levels) and of its decision
 * tables ({@code *.csv}) that holds a number, with the rulebook ID the row names, the value, its unit (the column's
 * header), the seed's own words (the row's quote: a template table's {@code quote} column, a decision table's
 * {@code DESCRIPTION} column) and where it is. The files are read, not compiled: {@code contract-rules terms} lists
 * them to take an analyst from a clause to the line that holds its number. A decision table in a spreadsheet
 * ({@code .xls}, {@code .xlsx}) is not read.
 */
public final class ContractTerms {
    /** The columns of a template table that say where a number comes from rather than hold one. */
    private static final Set<String> CITING = Set.of("rule", "term", "id", "seed", "section", "quote");
    /** The column of a terms table that names an office-hours calendar. */
    private static final String CALENDAR = "calendar";
    /** A number as a table holds it: a whole or decimal number, or a time of day. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?|\\d{1,2}:\\d{2}");

    /**
     * One contract number.
     *
     * @param regime   the regime whose folder holds it
     * @param file     its file's path in the rule set
     * @param line     the line of its row
     * @param ruleId   the rulebook ID (or IDs) the row names
     * @param name     the row's term (what the rules call it), or the name of the rule the row is
     * @param keys     the row's other cells that say what the number is for (a tier, a change type, a document, …)
     * @param value    the value as written
     * @param unit     the header of the value's column
     * @param quote    the seed's words the row quotes; empty when it quotes none
     * @param calendar for office hours (a calendar's id), the calendar's line of {@code calendars.properties}, e.g.
     *                 {@code calendars.properties:26: calendar.CBG_OFFICE = MON-FRI 08:30-17:00 NL_COMMON}; else null
     */
    public record Term(Regime regime, String file, int line, String ruleId, String name, List<String> keys,
                       String value, String unit, String quote, String calendar) {
        public Term {
            keys = List.copyOf(keys);
        }

        /** Where the number is: {@code file:line}. */
        public String where() {
            return file + ":" + line;
        }
    }

    private ContractTerms() {
    }

    /** The numbers of the bundled rules. */
    public static List<Term> bundled() {
        return of(RuleFile.bundled());
    }

    /** The numbers of a rule set's files, by regime, file and line. */
    public static List<Term> of(List<RuleFile> files) {
        List<String> calendars = files.stream().filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst()
                .map(f -> new String(f.content(), UTF_8).lines().toList()).orElse(List.of());
        List<Term> terms = new ArrayList<>();
        for (RuleFile file : files) {
            Optional<Regime> regime = regime(file.path());
            if (regime.isEmpty()) {
                continue;
            }
            if (TemplateTable.isTable(file.path())) {
                terms.addAll(templateTable(regime.get(), file, calendars));
            } else if (file.path().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                terms.addAll(decisionTable(regime.get(), file));
            }
        }
        terms.sort(Comparator.comparing(Term::regime).thenComparing(Term::file).thenComparingInt(Term::line));
        return List.copyOf(terms);
    }

    /** The regime whose rule base is built from the file's folder. */
    private static Optional<Regime> regime(String path) {
        int slash = path.indexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash);
        return Arrays.stream(Regime.values()).filter(r -> r.ruleFolders().contains(folder)).findFirst();
    }

    private static List<Term> templateTable(Regime regime, RuleFile file, List<String> calendars) {
        TemplateTable table = TemplateTable.parse(file, new ArrayList<>());
        List<Term> terms = new ArrayList<>();
        for (TemplateTable.Row row : table.rows()) {
            String name = !row.values().getOrDefault("term", "").isEmpty() ? row.values().get("term")
                    : row.values().getOrDefault("rule", "");
            List<String> keys = new ArrayList<>();
            List<TemplateTable.Column> values = new ArrayList<>();
            for (TemplateTable.Column column : table.columns()) {
                String cell = row.values().get(column.parameter());
                if (cell.isEmpty() || CITING.contains(column.parameter())) {
                    continue;
                }
                if (column.parameter().equals(CALENDAR) || NUMBER.matcher(cell).matches()) {
                    values.add(column);
                } else {
                    keys.add(cell);
                }
            }
            for (TemplateTable.Column column : values) {
                String value = row.values().get(column.parameter());
                terms.add(new Term(regime, file.path(), row.line(), row.values().getOrDefault("id", ""), name, keys,
                        value, column.header(), row.values().getOrDefault("quote", ""),
                        column.parameter().equals(CALENDAR) ? calendar(value, calendars) : null));
            }
        }
        return terms;
    }

    /** The calendar's line of the calendars file, with its line number; null when it has none. */
    private static String calendar(String id, List<String> calendars) {
        for (int i = 0; i < calendars.size(); i++) {
            String line = calendars.get(i).strip();
            if (line.startsWith("calendar." + id + " ") || line.startsWith("calendar." + id + "=")) {
                return RuleFile.CALENDARS + ":" + (i + 1) + ": " + line;
            }
        }
        return null;
    }

    /**
     * The numbers of a decision table's rows: below each {@code RuleTable} row come the row of column types, of
     * object types, of code and of titles, then a row a rule, up to a blank row.
     */
    private static List<Term> decisionTable(Regime regime, RuleFile file) {
        List<String> lines = new String(file.content(), UTF_8).lines().toList();
        CsvLineParser parser = new CsvLineParser();
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<String> cells = parser.parse(lines.get(i));
            int start = columnOf(cells, "RuleTable");
            if (start < 0 || i + 4 >= lines.size()) {
                continue;
            }
            List<String> types = cells(parser, lines.get(i + 1), start);
            List<String> titles = cells(parser, lines.get(i + 4), start);
            int id = -1;
            List<String> code = cells(parser, lines.get(i + 3), start);
            for (int c = 0; c < types.size(); c++) {
                if (types.get(c).equals("METADATA") && c < code.size() && code.get(c).startsWith("id(")) {
                    id = c;
                }
            }
            for (int r = i + 5; r < lines.size(); r++) {
                List<String> row = cells(parser, lines.get(r), start);
                if (row.stream().allMatch(String::isEmpty)) {
                    break;
                }
                terms.addAll(decisionRow(regime, file.path(), r + 1, types, titles, id, row));
            }
        }
        return terms;
    }

    private static List<Term> decisionRow(Regime regime, String file, int line, List<String> types,
            List<String> titles, int id, List<String> row) {
        String name = "";
        String quote = "";
        List<String> keys = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (int c = 0; c < Math.min(types.size(), row.size()); c++) {
            String type = types.get(c);
            String cell = row.get(c);
            if (type.equals("NAME")) {
                name = cell;
            } else if (type.equals("DESCRIPTION")) {
                quote = cell;
            } else if ((type.equals("CONDITION") || type.equals("ACTION")) && !cell.isEmpty()) {
                if (NUMBER.matcher(cell).matches()) {
                    values.add(c);
                } else if (type.equals("CONDITION")) {
                    keys.add(cell);
                }
            }
        }
        List<Term> terms = new ArrayList<>();
        for (int c : values) {
            terms.add(new Term(regime, file, line, id >= 0 && id < row.size() ? row.get(id) : "", name, keys,
                    row.get(c), c < titles.size() ? titles.get(c) : "", quote, null));
        }
        return terms;
    }

    private static int columnOf(List<String> cells, String keyword) {
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).strip().startsWith(keyword)) {
                return c;
            }
        }
        return -1;
    }

    /** The cells of a line from the table's first column on, stripped. */
    private static List<String> cells(CsvLineParser parser, String line, int start) {
        List<String> cells = parser.parse(line);
        return cells.subList(Math.min(start, cells.size()), cells.size()).stream().map(String::strip).toList();
    }
}
