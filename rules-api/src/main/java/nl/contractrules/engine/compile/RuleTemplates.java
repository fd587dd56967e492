package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.contractrules.engine.compile.LibraryContext.inLibraryContext;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import org.drools.template.ObjectDataCompiler;

/**
 * Rule templates: rules written once in a template ({@code *.drt}, drools-templates syntax) and expanded per
 * regime with the values of a data file in that regime's folder, into that folder's package: a data file
 * ({@code *.data.drt}) expands it once, a data table ({@code *.data.csv}, {@link TemplateTable}) once a row.
 *
 * <p>A data file is lines {@code name = value} ({@code #} starts a comment line): {@code template} names the
 * template's path, every other name is one of the parameters the template's {@code template header} lists, and
 * every parameter needs a value. In a table an empty cell leaves out the template's lines that use it. A template
 * may sit in any folder of the rule set or at its root. A template is, in this order: comment lines,
 * {@code template header} with one
 * parameter name a line, imports, then the {@code template "name"} … {@code end template} blocks of rules. It
 * declares no package: the compiler gives each expansion its data file's folder as package. It has no block
 * comments (drools-templates drops their lines, which would break the line map). Each generated DRL line is
 * mapped back to the template line it comes from.
 */
final class RuleTemplates {
    /** How a data file's name ends; any other name ending in {@code .drt} is a template. */
    private static final String DATA_SUFFIX = ".data.drt";
    private static final String TEMPLATE_KEY = "template";
    /**
     * The line a numbered copy of the template has in place of its line n: its first word kept when it is
     * {@code import} or {@code rule}, which drools-templates looks for.
     */
    private static final Pattern NUMBERED = Pattern.compile("^(?:(?:import|rule)\\s+)?#(\\d+)\\b");
    /** A line's first word when drools-templates looks for it: an import, and the rule a template starts with. */
    private static final Pattern KEPT_WORD = Pattern.compile("^(?:import|rule)\\b");
    /** A use of a parameter in a template, e.g. {@code @{id}}. */
    private static final Pattern USE = Pattern.compile("@\\{[^}]*}");
    /** The rule line {@link #opened} starts each block with, left out of the expansion. */
    private static final String BLOCK_START = "rule \"contract-rules: a template block starts here\"";
    /** A parameter's name: what drools-templates takes as a plain column. */
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private RuleTemplates() {
    }

    /** Whether the path is a template or a template's data file or data table. */
    static boolean isTemplateOrData(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".drt") || TemplateTable.isTable(path);
    }

    /** Whether the path is a template's data file ({@code *.data.drt}) or data table ({@code *.data.csv}). */
    static boolean isData(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(DATA_SUFFIX) || TemplateTable.isTable(path);
    }

    /**
     * Every data file's template expanded with its values, except the data files {@code skipped}, which only count
     * as using the template they name (their regimes' rules come from the build); adds to {@code problems} a data
     * file whose template is missing, a missing or unknown value, a template that does not expand or parse, and a
     * template no data file uses.
     */
    static List<RuleSource> expand(List<RuleFile> files, Predicate<RuleFile> skipped, List<RuleProblem> problems) {
        Map<String, RuleFile> templates = new LinkedHashMap<>();
        files.stream().filter(f -> isTemplateOrData(f.path()) && !isData(f.path()))
                .forEach(f -> templates.put(f.path(), f));
        Set<String> used = new HashSet<>();
        List<RuleSource> sources = new ArrayList<>();
        List<Expansion> expansions = files.stream().filter(f -> isData(f.path())).toList().parallelStream()
                .map(inLibraryContext((RuleFile data) -> skipped.test(data) ? new Expansion(named(data), null,
                        List.of()) : expand(data, templates))).toList();
        for (Expansion expansion : expansions) {
            if (expansion.template() != null) {
                used.add(expansion.template());
            }
            if (expansion.source() != null) {
                sources.add(expansion.source());
            }
            problems.addAll(expansion.problems());
        }
        for (String path : templates.keySet()) {
            if (!used.contains(path)) {
                problems.add(new RuleProblem(path, 0, "rule template used by no data file: a regime that shares "
                        + "these rules has a <name>" + DATA_SUFFIX + " in its folder with 'template = " + path + "'"
                        + ", or a <name>" + TemplateTable.SUFFIX + " with a row 'Template," + path + "'"));
            }
        }
        return sources;
    }

    /**
     * A data file's expansion: the template it uses (null when it names none of the rule set's), the source it
     * expands to (null when there is a problem) and its problems.
     */
    private record Expansion(String template, RuleSource source, List<RuleProblem> problems) {
    }

    /** The template a data file names (null when it names none), read without expanding it. */
    private static String named(RuleFile data) {
        List<RuleProblem> ignored = new ArrayList<>();
        return (TemplateTable.isTable(data.path()) ? table(data, ignored) : file(data, ignored)).template();
    }

    /** A data file's template expanded with its values: each data file on its own, on several threads. */
    private static Expansion expand(RuleFile data, Map<String, RuleFile> templates) {
        List<RuleProblem> found = new ArrayList<>();
        Data given = TemplateTable.isTable(data.path()) ? table(data, found) : file(data, found);
        RuleFile template = given.template() == null ? null : templates.get(given.template());
        if (given.template() == null) {
            found.add(new RuleProblem(data.path(), 0, "no " + given.naming() + ": a " + given.kind()
                    + " names the rule template it fills in"));
        } else if (template == null) {
            found.add(new RuleProblem(data.path(), given.templateLine(), "template " + given.template()
                    + " not found: a " + given.kind() + " names a rule template (.drt) of the rule set by its "
                    + "path"));
        } else {
            String text = new String(template.content(), UTF_8);
            found.addAll(checkTemplate(template.path(), text));
            found.addAll(given.check().apply(template.path(), text));
            if (found.isEmpty()) {
                try {
                    return new Expansion(template.path(), expand(template.path(), text, data.path(), given.rows()),
                            List.of());
                } catch (RuleLoadException e) {
                    found.addAll(e.problems());
                }
            }
        }
        return new Expansion(template == null ? null : template.path(), null, found);
    }

    /** A value of a data file and its line. */
    private record Value(String text, int line) {
    }

    /**
     * A template's data as read: the template it names and the line that names it, the rows to expand it with,
     * and the check of its values against the template's parameters (given the template's path and text); what
     * kind of data it is and how it names its template, for a problem.
     */
    private record Data(String template, int templateLine, List<Map<String, Object>> rows,
                        BiFunction<String, String, List<RuleProblem>> check, String kind, String naming) {
    }

    /** A data file ({@code *.data.drt}): one row of its {@code name = value} lines. */
    private static Data file(RuleFile data, List<RuleProblem> problems) {
        Map<String, Value> values = values(data, problems);
        Value template = values.remove(TEMPLATE_KEY);
        Map<String, Object> row = new LinkedHashMap<>();
        values.forEach((name, value) -> row.put(name, value.text()));
        return new Data(template == null ? null : template.text(), template == null ? 0 : template.line(),
                List.of(row), (path, text) -> checkValues(path, text, data.path(), values), "data file",
                "'template = <path of its .drt>' line");
    }

    /** A data table ({@code *.data.csv}): a row a row of the table. */
    private static Data table(RuleFile data, List<RuleProblem> problems) {
        TemplateTable table = TemplateTable.parse(data, problems);
        return new Data(table.template(), table.templateLine(), table.rows().stream()
                .<Map<String, Object>>map(row -> new LinkedHashMap<>(row.values())).toList(),
                (path, text) -> table.check(path, parameters(text)), "data table", "'Template,<path of its .drt>' row");
    }

    /** The data file's {@code name = value} lines; a malformed or repeated line is a problem. */
    private static Map<String, Value> values(RuleFile data, List<RuleProblem> problems) {
        Map<String, Value> values = new LinkedHashMap<>();
        List<String> lines = new String(data.content(), UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                problems.add(new RuleProblem(data.path(), i + 1, "expected 'name = value' (or a # comment)"));
            } else if (values.putIfAbsent(line.substring(0, eq).strip(),
                    new Value(line.substring(eq + 1).strip(), i + 1)) != null) {
                problems.add(new RuleProblem(data.path(), i + 1, "'" + line.substring(0, eq).strip()
                        + "' has a value already"));
            }
        }
        return values;
    }

    /** The template's parameters: the names that follow {@code template header}. */
    private static List<String> parameters(String text) {
        List<String> lines = text.lines().toList();
        return parameterLines(lines).stream().map(line -> lines.get(line - 1).strip())
                .filter(name -> PARAMETER.matcher(name).matches()).toList();
    }

    /** A line after {@code template header} that is no parameter name, a package declared, a block comment. */
    private static List<RuleProblem> checkTemplate(String template, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int line : parameterLines(lines)) {
            String name = lines.get(line - 1).strip();
            if (!PARAMETER.matcher(name).matches()) {
                problems.add(new RuleProblem(template, line, "'" + name + "' is not a parameter name: after "
                        + "'template header' come the parameter names, one a line, then imports, then the templates"
                        + " (comments go above 'template header')"));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith("package ")) {
                problems.add(new RuleProblem(template, i + 1, "a rule template declares no package: each "
                        + "expansion gets its data file's folder as package"));
            }
            if (lines.get(i).contains("/*")) {
                problems.add(new RuleProblem(template, i + 1, "no block comments in a rule template: write // "
                        + "comments"));
            }
        }
        return problems;
    }

    /** A parameter without a value and a value for no parameter, in the data file. */
    private static List<RuleProblem> checkValues(String template, String text, String data,
            Map<String, Value> values) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> parameters = parameters(text);
        for (String parameter : parameters) {
            if (!values.containsKey(parameter) || values.get(parameter).text().isEmpty()) {
                problems.add(new RuleProblem(data, 0, "no value for '" + parameter + "', a parameter of template "
                        + template));
            }
        }
        values.forEach((name, value) -> {
            if (!parameters.contains(name)) {
                problems.add(new RuleProblem(data, value.line(), "'" + name + "' is not a parameter of template "
                        + template + " (its parameters: " + String.join(", ", parameters) + ")"));
            }
        });
        return problems;
    }

    /**
     * The (1-based) lines of the parameter names: the non-blank lines after {@code template header} up to the
     * first import or template.
     */
    private static List<Integer> parameterLines(List<String> lines) {
        List<Integer> found = new ArrayList<>();
        boolean inHeader = false;
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            if (inHeader && (stripped.startsWith("import") || stripped.startsWith("template"))) {
                break;
            }
            if (inHeader && !stripped.isEmpty()) {
                found.add(i + 1);
            }
            inHeader |= stripped.equals("template header");
        }
        return found;
    }

    /**
     * The template expanded once a row, in the data file's folder's package. The line map comes from expanding,
     * with the same rows, a copy of the template in which every line but the template's own keywords, parameters
     * and blank lines reads {@code #n} (n its line number): both expand line for line alike. That second expansion
     * is made only when a line is asked for, for a problem.
     */
    private static RuleSource expand(String template, String text, String data, List<Map<String, Object>> rows) {
        List<String> drl;
        try {
            drl = compile(opened(text), rows).lines().toList();
        } catch (RuntimeException e) {
            throw new RuleLoadException(List.of(new RuleProblem(template, 0, "rule template: "
                    + (e.getMessage() == null ? e.toString() : RuleSource.oneLine(e.getMessage())))));
        }
        String folder = data.substring(0, Math.max(data.indexOf('/'), 0));
        StringBuilder expanded = new StringBuilder("package " + folder + ";\n");
        for (String line : drl) {
            if (!line.strip().equals(BLOCK_START)) {
                expanded.append(line).append('\n');
            }
        }
        return RuleSource.expanded(template, data, expanded.toString(), () -> lineMap(text, rows));
    }

    /**
     * Per line of the expansion, the template line it comes from (0 for the package line and where unknown), from
     * the expansion of the template's numbered copy.
     */
    private static int[] lineMap(String text, List<Map<String, Object>> rows) {
        List<String> numbered;
        try {
            numbered = compile(opened(numbered(text)), rows).lines().toList();
        } catch (RuntimeException e) {
            return new int[0];
        }
        List<Integer> lines = new ArrayList<>(List.of(0, 0));
        for (String line : numbered) {
            if (!line.strip().equals(BLOCK_START)) {
                Matcher m = NUMBERED.matcher(line.strip());
                lines.add(m.find() ? Integer.parseInt(m.group(1)) : 0);
            }
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The template with a rule line opening each block, which the expansion leaves out: drools-templates takes a
     * block's lines before its first {@code rule} for names of columns, so without it a block could hold no
     * declarations or functions before its rules, nor a block only functions.
     */
    private static String opened(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.lines().toList()) {
            out.append(line).append('\n');
            String stripped = line.strip();
            if (stripped.startsWith("template") && !stripped.startsWith("template header")) {
                out.append(BLOCK_START).append('\n');
            }
        }
        return out.toString();
    }

    private static String compile(String template, List<Map<String, Object>> rows) {
        return new ObjectDataCompiler().compile(rows, new ByteArrayInputStream(template.getBytes(UTF_8)));
    }

    /**
     * The template with each line of DRL replaced by {@code #n}, its line number ({@code import #n} for an
     * import, {@code rule #n} for a rule's first line), followed by the parameters the line uses (drools-templates
     * leaves out a line that uses a parameter without a value, and so leaves out its numbered line alike); the
     * keywords, parameter names and blank lines, which give no DRL line of their own, kept.
     */
    private static String numbered(String text) {
        StringBuilder out = new StringBuilder();
        List<String> lines = text.lines().toList();
        List<Integer> parameters = parameterLines(lines);
        for (int i = 0; i < lines.size(); i++) {
            String stripped = lines.get(i).strip();
            boolean kept = stripped.isEmpty() || stripped.startsWith("template") || stripped.equals("end template")
                    || parameters.contains(i + 1);
            if (kept) {
                out.append(lines.get(i));
            } else {
                Matcher word = KEPT_WORD.matcher(stripped);
                out.append(word.find() ? word.group() + " #" : "#").append(i + 1);
                USE.matcher(lines.get(i)).results().forEach(use -> out.append(' ').append(use.group()));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
