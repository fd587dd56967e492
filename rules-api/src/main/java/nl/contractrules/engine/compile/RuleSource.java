package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.DRL6Lexer;

/**
 * One rule file as the DRL Drools compiles: a DRL file as written, the DRL generated from a decision table
 * (CSV, XLS or XLSX), with, per generated line, the table row it comes from, or a rule template expanded with a
 * regime's data file ({@link RuleTemplates}), with, per generated line, the template line it comes from; parsed by Drools' own DRL parser,
 * which gives its package, imports and rules with their lines. Every problem found in the DRL is reported at
 * {@link #line(int)}, a line of the file the analyst edits.
 *
 * <p>Tables are converted here rather than by the KIE builder: the builder only picks up tables named
 * {@code *.drl.csv} (and silently skips {@code tiers.csv}), throws instead of reporting a malformed table, and
 * caches converted tables JVM-wide by file name, so a reloaded table of the same name could compile stale.
 */
final class RuleSource {
    /**
     * A rule declared in the DRL: its name, the DRL line of its {@code rule} keyword, of its {@code then} and of
     * its {@code end}.
     */
    record Declared(String name, int drlLine, int thenLine, int endLine) {
    }

    /** A name a file imports (a type, a package's types, a function or an accumulate function) and its DRL line. */
    record Import(String name, int drlLine) {
    }

    /** The comment Drools writes above each rule generated from a table row, e.g. "rule values at A10". */
    private static final Pattern TABLE_ROW = Pattern.compile("^// rule values at [A-Z]+(\\d+),");
    /** A cell named in a table parser's message, e.g. "in cell E6". */
    private static final Pattern CELL = Pattern.compile("\\bcell [A-Z]+(\\d+)");
    /** The table keyword (first cell of a CSV row) that each kind of generated header line comes from. */
    private static final Map<String, String> HEADER_KEYWORDS = Map.of("package", "RuleSet", "import", "Import",
            "global", "Variables", "function", "Functions", "query", "Queries", "declare", "Declare");
    /** A condition on the contract's regime, as the rules had before each regime got its own rule base. */
    private static final Pattern REGIME_CONDITION = Pattern.compile(
            "(?<![\\w$.])regime\\s*(?:==|!=|\\bnot\\s+in\\b|\\bin\\b)");
    /**
     * A flag raised on the global answer, with the string literal the argument starts with, if any, and what follows
     * it: the closing parenthesis (the literal is the flag's name) or a {@code +} (the literal is its first part).
     */
    private static final Pattern FLAG_CALL = Pattern.compile(
            "(?<![\\w$.])answer\\s*\\.\\s*flag\\s*\\((?:\\s*\"([^\"\\\\]*)\"\\s*([)+]))?");

    private final String file;
    /** The data file a template was expanded with; null for any other source. */
    private final String data;
    private final String drl;
    /**
     * Per DRL line, the line of {@link #file()} it comes from, made on first use (only a problem's line needs it);
     * null when the DRL is the file as written.
     */
    private final Supplier<int[]> lineMap;
    private volatile int[] lines;
    private final PackageDescr descr;
    /** The DRL blanked for the checks that read code ({@link #code()}). */
    private final Blanked blanked;

    private RuleSource(String file, String data, String drl, Supplier<int[]> lineMap) {
        this.file = file;
        this.data = data;
        this.drl = drl;
        this.lineMap = lineMap;
        DrlParser parser = new DrlParser();
        PackageDescr parsed;
        try {
            parsed = parser.parse(false, drl);
        } catch (DroolsParserException e) {
            throw new RuleLoadException(List.of(new RuleProblem(file, 0, e.getMessage())));
        }
        if (parser.hasErrors() || parsed == null) {
            List<RuleProblem> problems = new ArrayList<>();
            for (DroolsError error : parser.getErrors()) {
                problems.add(new RuleProblem(file, error instanceof ParserError p ? line(p.getRow()) : 0,
                        oneLine(error.getMessage())));
            }
            throw new RuleLoadException(problems);
        }
        this.descr = parsed;
        this.blanked = Blanked.of(drl);
    }

    /** The file's DRL; a decision table that cannot be read is a {@link RuleLoadException} naming its cell's row. */
    static RuleSource of(RuleFile file) {
        String lower = file.path().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".drl")) {
            return new RuleSource(file.path(), null, new String(file.content(), UTF_8), null);
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
        int[] rows = tableLines(drl, csv ? new String(file.content(), UTF_8) : null);
        return new RuleSource(file.path(), null, drl, () -> rows);
    }

    /**
     * The DRL a template expanded with a data file gives, with what gives per DRL line the template line it comes
     * from (asked at most once); DRL that does not parse is a {@link RuleLoadException} at the template's lines.
     */
    static RuleSource expanded(String template, String data, String drl, Supplier<int[]> templateLines) {
        return new RuleSource(template, data, drl, templateLines);
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

    /** Path of the file relative to the rule set's root (for an expanded template: the template's). */
    String file() {
        return file;
    }

    String drl() {
        return drl;
    }

    /** Whether the file is a decision table (its DRL is generated from the table). */
    boolean table() {
        return lineMap != null && data == null;
    }

    /** The top-level folder whose rule base the DRL belongs to: an expanded template's is its data file's. */
    String folder() {
        String path = dataOrFile();
        return path.contains("/") ? path.substring(0, path.indexOf('/')) : "";
    }

    /**
     * Where this source goes in the KIE file system: a table's DRL under its own name plus ".drl", an expanded
     * template's under its data file's name plus ".drl".
     */
    String kiePath() {
        return lineMap == null ? file : dataOrFile() + ".drl";
    }

    /** The file an analyst edits for this source: the file itself, or the data file a template was expanded with. */
    String dataOrFile() {
        return data == null ? file : data;
    }

    /** The functions the file declares: by name, the function's signature and body as written. */
    Map<String, String> functions() {
        Map<String, String> functions = new LinkedHashMap<>();
        for (FunctionDescr function : descr.getFunctions()) {
            functions.put(function.getName(), function.getReturnType() + " " + function.getName()
                    + function.getParameterTypes() + function.getParameterNames() + " {" + function.getText() + "}");
        }
        return functions;
    }

    /**
     * What the file declares for its whole package besides rules and type declarations, a line each: its imports,
     * its functions' signatures and its globals. A rule may use any of these, whichever file of its package declares
     * them.
     */
    List<String> outline() {
        List<String> lines = new ArrayList<>();
        imports().forEach(i -> lines.add("import " + i.name()));
        for (FunctionDescr function : descr.getFunctions()) {
            lines.add("function " + function.getReturnType() + " " + function.getName() + function.getParameterTypes());
        }
        globals().forEach(g -> lines.add("global " + g.type() + " " + g.name()));
        return lines;
    }

    /**
     * The types the file declares ({@code declare RepairDeadline … end}): by name, the declaration as written, or the
     * whole DRL when the parser gave no place for it.
     */
    Map<String, String> declaredTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (TypeDeclarationDescr type : descr.getTypeDeclarations()) {
            int start = type.getStartCharacter();
            int end = type.getEndCharacter();
            types.put(type.getTypeName(), start >= 0 && end > start && end <= drl.length()
                    ? drl.substring(start, end) : drl);
        }
        return types;
    }

    /** Whether the file has queries or declares enums, entry points or windows. */
    boolean hasQueriesOrOtherDeclarations() {
        return !descr.getEnumDeclarations().isEmpty() || !descr.getEntryPointDeclarations().isEmpty()
                || !descr.getWindowDeclarations().isEmpty() || descr.getRules().stream().anyMatch(RuleDescr::isQuery);
    }

    /** The file's DRL package; empty when it declares none. */
    String packageName() {
        return descr.getName() == null ? "" : descr.getName();
    }

    /** The line of {@link #file()} that declares the package. */
    int packageLine() {
        return line(descr.getLine());
    }

    List<Declared> rules() {
        return descr.getRules().stream().map(r -> new Declared(r.getName(), r.getLine(), r.getConsequenceLine(),
                r.getEndLine())).toList();
    }

    /** Everything the file imports: types, packages, functions and accumulate functions. */
    List<Import> imports() {
        return Stream.of(descr.getImports(), descr.getFunctionImports(), descr.getAccumulateImports())
                .flatMap(List::stream).map(i -> new Import(((ImportDescr) i).getTarget(), i.getLine())).toList();
    }

    /** The DRL lines of conditions on the contract's regime ({@code Contract(regime == …)}), in any rule. */
    List<Integer> regimeConditions() {
        return constraints().stream().filter(c -> c.pattern().equals("Contract") || c.pattern().endsWith(".Contract"))
                .filter(c -> REGIME_CONDITION.matcher(c.expression()).find()).map(Constraint::drlLine).toList();
    }

    /**
     * The DRL lines of patterns on the answer ({@code $a : Answer()}), in any rule: rules write their conclusions on
     * the global {@code answer}, and no {@code Answer} fact is inserted for a pattern to match.
     */
    List<Integer> answerPatterns() {
        return patterns().stream().filter(p -> p.getObjectType().equals("Answer")
                || p.getObjectType().endsWith(".Answer")).map(PatternDescr::getLine).toList();
    }

    /** A global the file declares: its name, its type as written and its DRL line. */
    record Global(String name, String type, int drlLine) {
    }

    /** The globals the file declares ({@code global Answer answer;}). */
    List<Global> globals() {
        return descr.getGlobals().stream().map(g -> new Global(g.getIdentifier(), g.getType(), g.getLine())).toList();
    }

    /** The DRL line of the first constraint written as {@code expression}; 0 when there is none. */
    int constraintLine(String expression) {
        return constraints().stream().filter(c -> c.expression().strip().equals(expression.strip()))
                .mapToInt(Constraint::drlLine).findFirst().orElse(0);
    }

    /** A constraint of a pattern: the pattern's type, the constraint as written and its DRL line. */
    private record Constraint(String pattern, String expression, int drlLine) {
    }

    /** Every constraint in the rules' conditions, also inside {@code not}, {@code exists}, {@code or}, …. */
    private List<Constraint> constraints() {
        List<Constraint> found = new ArrayList<>();
        for (PatternDescr pattern : patterns()) {
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    found.add(new Constraint(pattern.getObjectType(), expr.getExpression(), constraint.getLine()));
                }
            }
        }
        return found;
    }

    /** Every pattern in the rules' conditions, also inside {@code not}, {@code exists}, {@code or}, …. */
    private List<PatternDescr> patterns() {
        List<PatternDescr> found = new ArrayList<>();
        for (RuleDescr rule : descr.getRules()) {
            patterns(rule.getLhs(), found);
        }
        return found;
    }

    private static void patterns(BaseDescr element, List<PatternDescr> found) {
        if (element instanceof PatternDescr pattern) {
            found.add(pattern);
        } else if (element instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> patterns(child, found));
        }
    }

    /** The line of {@link #file()} that DRL line {@code drlLine} (1-based) comes from; 0 when unknown. */
    int line(int drlLine) {
        if (drlLine <= 0) {
            return 0;
        }
        if (lineMap == null) {
            return drlLine;
        }
        int[] map = lines;
        if (map == null) {
            map = lineMap.get();
            lines = map;
        }
        return drlLine < map.length ? map[drlLine] : 0;
    }

    /**
     * The DRL line, in the consequence of the rule declared at {@code ruleLine}, where {@code name} first occurs
     * as a word in code (not in a comment or string); {@code ruleLine} itself when it does not occur.
     */
    int lineInConsequence(int ruleLine, String name) {
        Pattern word = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])");
        List<String> code = code().lines().toList();
        for (Declared rule : rules()) {
            if (rule.drlLine() == ruleLine) {
                for (int line = rule.thenLine(); line <= Math.min(rule.endLine(), code.size()); line++) {
                    if (word.matcher(code.get(line - 1)).find()) {
                        return line;
                    }
                }
            }
        }
        return ruleLine;
    }

    /**
     * The DRL as code: comments and the contents of string literals blanked by Drools' own DRL lexer, line breaks
     * kept, so lines and columns stay where they were.
     */
    String code() {
        return blanked.code();
    }

    /** The DRL with its comments blanked as {@link #code()} blanks them, string literals kept. */
    private String withoutComments() {
        return blanked.withoutComments();
    }

    /**
     * The DRL with its comments blanked, and also the contents of its string literals ({@link #code()}), in one pass
     * of the lexer.
     */
    private record Blanked(String code, String withoutComments) {
        static Blanked of(String drl) {
            StringBuilder code = new StringBuilder(drl);
            StringBuilder withoutComments = new StringBuilder(drl);
            DRL6Lexer lexer = new DRL6Lexer(new ANTLRStringStream(drl));
            for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
                int type = token.getType();
                CommonToken t = (CommonToken) token;
                if (type == DRL6Lexer.C_STYLE_SINGLE_LINE_COMMENT || type == DRL6Lexer.MULTI_LINE_COMMENT) {
                    blank(code, t.getStartIndex(), t.getStopIndex() + 1);
                    blank(withoutComments, t.getStartIndex(), t.getStopIndex() + 1);
                } else if (type == DRL6Lexer.STRING) {
                    blank(code, t.getStartIndex() + 1, t.getStopIndex());
                }
            }
            return new Blanked(code.toString(), withoutComments.toString());
        }
    }

    /**
     * A flag a rule raises: {@code answer.flag("NAME")} gives its {@code name}, {@code answer.flag("PREFIX" + …)} the
     * {@code prefix} of the names it raises, any other argument neither; and its DRL line.
     */
    record FlagCall(String name, String prefix, int drlLine) {
    }

    /** Every {@code answer.flag(…)} in the file's code, in order. */
    List<FlagCall> flagCalls() {
        String text = withoutComments();
        List<FlagCall> calls = new ArrayList<>();
        Matcher m = FLAG_CALL.matcher(text);
        while (m.find()) {
            int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            boolean whole = ")".equals(m.group(2));
            calls.add(new FlagCall(whole ? m.group(1) : null, m.group(1) != null && !whole ? m.group(1) : null, line));
        }
        return calls;
    }

    /** A multi-line compiler message on one line, without the excerpt and caret that repeat the location. */
    static String oneLine(String text) {
        return text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("^") && !l.startsWith("[Near") && !l.startsWith("[Line:"))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) != '\n' && text.charAt(k) != '\r') {
                text.setCharAt(k, ' ');
            }
        }
    }
}
