package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * One rule file as the DRL Drools compiles: a DRL file as written, or the DRL generated from a decision table
 * (CSV, XLS or XLSX), with, per generated line, the table row it comes from. Every problem found in the DRL is
 * reported at {@link #line(int)}, a line of the file the analyst edits.
 *
 * <p>Tables are converted here rather than by the KIE builder: the builder only picks up tables named
 * {@code *.drl.csv} (and silently skips {@code tiers.csv}), throws instead of reporting a malformed table, and
 * caches converted tables JVM-wide by file name, so a reloaded table of the same name could compile stale.
 */
final class RuleSource {
    /** A rule declared in the DRL: its name and the DRL line of its {@code rule} keyword. */
    record Declared(String name, int drlLine) {
    }

    private static final Pattern PACKAGE = Pattern.compile("^[ \\t]*package\\s+([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile(
            "^[ \\t]*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s\"']+))", Pattern.MULTILINE);
    /** The comment Drools writes above each rule generated from a table row, e.g. "rule values at A10". */
    private static final Pattern TABLE_ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+),");
    /** A cell named in a table parser's message, e.g. "in cell E6". */
    private static final Pattern CELL = Pattern.compile("\\bcell [A-Z]+(\\d+)");
    /** The table keyword (first cell of a CSV row) that each kind of generated header line comes from. */
    private static final Map<String, String> HEADER_KEYWORDS = Map.of("package", "RuleSet", "import", "Import",
            "global", "Variables", "function", "Functions", "query", "Queries", "declare", "Declare");

    private final String file;
    private final String drl;
    private final int[] lines;
    private final String packageName;
    private final List<Declared> rules = new ArrayList<>();

    private RuleSource(String file, String drl, int[] lines) {
        this.file = file;
        this.drl = drl;
        this.lines = lines;
        String code = mask(drl, false);
        Matcher p = PACKAGE.matcher(code);
        this.packageName = p.find() ? p.group(1) : "defaultpkg";
        Matcher r = RULE.matcher(code);
        while (r.find()) {
            String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
            rules.add(new Declared(name, lineAt(code, r.start())));
        }
    }

    /** The file's DRL; a decision table that cannot be read is a {@link RuleLoadException} naming its cell's row. */
    static RuleSource of(RuleFile file) {
        String lower = file.path().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return new RuleSource(file.path(), new String(file.content(), UTF_8), null);
        }
        boolean csv = lower.endsWith(".csv");
        if (!csv && !spreadsheetsReadable()) {
            throw new RuleLoadException(List.of(new RuleProblem(file.path(), 0, "decision table: reading .xls or"
                    + " .xlsx tables needs Apache POI (org.apache.poi:poi-ooxml) on the class path; save the table"
                    + " as .csv or add Apache POI")));
        }
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(file.content()),
                    csv ? InputType.CSV : InputType.XLS);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            Matcher cell = CELL.matcher(message);
            throw new RuleLoadException(List.of(new RuleProblem(file.path(),
                    cell.find() ? Integer.parseInt(cell.group(1)) : 0, "decision table: " + message)));
        }
        return new RuleSource(file.path(), drl, tableLines(drl, csv ? new String(file.content(), UTF_8) : null));
    }

    /** Whether Apache POI, which Drools reads spreadsheets with, is on the class path (the facade leaves it out). */
    private static boolean spreadsheetsReadable() {
        try {
            Class.forName("org.apache.poi.ss.usermodel.WorkbookFactory", false,
                    SpreadsheetCompiler.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Per generated DRL line, the table row it comes from; header lines from a CSV's keyword rows. */
    private static int[] tableLines(String drl, String csv) {
        List<String> generated = drl.lines().toList();
        int[] rows = new int[generated.size() + 1];
        int row = 0;
        for (int i = 0; i < generated.size(); i++) {
            Matcher m = TABLE_ROW.matcher(generated.get(i));
            if (m.find()) {
                row = Integer.parseInt(m.group(1));
            }
            rows[i + 1] = row > 0 ? row : headerRow(generated.get(i), csv);
        }
        return rows;
    }

    /** The CSV row whose first cell is the keyword a generated header line comes from; 0 when unknown. */
    private static int headerRow(String generatedLine, String csv) {
        String keyword = HEADER_KEYWORDS.get(generatedLine.strip().split("\\s+", 2)[0]);
        if (keyword == null || csv == null) {
            return 0;
        }
        List<String> csvLines = csv.lines().toList();
        for (int i = 0; i < csvLines.size(); i++) {
            String first = csvLines.get(i).split(",", 2)[0].replace("\"", "").strip();
            if (first.equalsIgnoreCase(keyword)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Path of the file relative to the rule set's root. */
    String file() {
        return file;
    }

    String drl() {
        return drl;
    }

    /** Where this source goes in the KIE file system: a table's DRL under its own name plus ".drl". */
    String kiePath() {
        return lines == null ? file : file + ".drl";
    }

    String packageName() {
        return packageName;
    }

    List<Declared> rules() {
        return rules;
    }

    /** The line of {@link #file()} that DRL line {@code drlLine} (1-based) comes from; 0 when unknown. */
    int line(int drlLine) {
        if (drlLine <= 0) {
            return 0;
        }
        if (lines == null) {
            return drlLine;
        }
        return drlLine < lines.length ? lines[drlLine] : 0;
    }

    /** The first DRL line that contains {@code text}; 0 when none does. */
    int lineContaining(String text) {
        List<String> generated = drl.lines().toList();
        for (int i = 0; i < generated.size(); i++) {
            if (generated.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The DRL line, inside the rule declared at {@code ruleLine}, where {@code name} first occurs as a word in
     * code (not in a comment or string); {@code ruleLine} itself when it does not occur.
     */
    int lineInRule(int ruleLine, String name) {
        int end = Integer.MAX_VALUE;
        for (Declared rule : rules) {
            if (rule.drlLine() > ruleLine) {
                end = Math.min(end, rule.drlLine());
            }
        }
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        List<String> code = mask(drl, true).lines().toList();
        for (int line = ruleLine; line < Math.min(end, code.size() + 1); line++) {
            if (word.matcher(code.get(line - 1)).find()) {
                return line;
            }
        }
        return ruleLine;
    }

    /**
     * The text with its comments blanked and, when {@code strings}, the contents of its string literals too;
     * line breaks are kept, so lines and columns stay where they were.
     */
    static String mask(String text, boolean strings) {
        StringBuilder out = new StringBuilder(text);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                int end = text.indexOf('\n', i);
                i = blank(out, i, end < 0 ? n : end);
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? n : end + 2);
            } else if (c == '"' || c == '\'') {
                int end = i + 1;
                while (end < n && text.charAt(end) != c && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end, n);
                if (strings) {
                    blank(out, i + 1, end);
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != '\n') {
                text.setCharAt(k, ' ');
            }
        }
        return to;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }
}
