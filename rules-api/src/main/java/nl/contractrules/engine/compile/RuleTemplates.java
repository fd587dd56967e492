package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import org.drools.template.ObjectDataCompiler;

/**
 * Rule templates: rules written once in a template ({@code *.drt}, drools-templates syntax) and expanded per
 * regime with the values of a data file in that regime's folder ({@code *.data.drt}), into that folder's package.
 *
 * <p>A data file is lines {@code name = value} ({@code #} starts a comment line): {@code template} names the
 * template's path, every other name is one of the parameters the template's {@code template header} lists, and
 * every parameter needs a value. A template is, in this order: comment lines, {@code template header} with one
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
    /** A parameter's name: what drools-templates takes as a plain column. */
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private RuleTemplates() {
    }

    /** Whether the path is a template or a template's data file. */
    static boolean isTemplateOrData(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".drt");
    }

    /** Whether the path is a template's data file ({@code *.data.drt}). */
    static boolean isData(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(DATA_SUFFIX);
    }

    /**
     * Every data file's template expanded with its values; adds to {@code problems} a data file whose template is
     * missing, a missing or unknown value, a template that does not expand or parse, and a template no data file
     * uses.
     */
    static List<RuleSource> expand(List<RuleFile> files, List<RuleProblem> problems) {
        Map<String, RuleFile> templates = new LinkedHashMap<>();
        files.stream().filter(f -> isTemplateOrData(f.path()) && !isData(f.path()))
                .forEach(f -> templates.put(f.path(), f));
        Set<String> used = new HashSet<>();
        List<RuleSource> sources = new ArrayList<>();
        for (RuleFile data : files.stream().filter(f -> isData(f.path())).toList()) {
            List<RuleProblem> found = new ArrayList<>();
            Map<String, Value> values = values(data, found);
            Value templatePath = values.remove(TEMPLATE_KEY);
            RuleFile template = templatePath == null ? null : templates.get(templatePath.text());
            if (templatePath == null) {
                found.add(new RuleProblem(data.path(), 0, "no 'template = <path of its .drt>' line: a data file "
                        + "names the rule template it fills in"));
            } else if (template == null) {
                found.add(new RuleProblem(data.path(), templatePath.line(), "template " + templatePath.text()
                        + " not found: a data file names a rule template (.drt) of the rule set by its path"));
            } else {
                used.add(template.path());
                String text = new String(template.content(), UTF_8);
                found.addAll(checkValues(template.path(), text, data.path(), values));
                if (found.isEmpty()) {
                    try {
                        sources.add(expand(template.path(), text, data.path(), values));
                    } catch (RuleLoadException e) {
                        found.addAll(e.problems());
                    }
                }
            }
            problems.addAll(found);
        }
        for (String path : templates.keySet()) {
            if (!used.contains(path)) {
                problems.add(new RuleProblem(path, 0, "rule template used by no data file: a regime that shares "
                        + "these rules has a <name>" + DATA_SUFFIX + " in its folder with 'template = " + path + "'"));
            }
        }
        return sources;
    }

    /** A value of a data file and its line. */
    private record Value(String text, int line) {
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

    /**
     * A parameter without a value and a value for no parameter, in the data file; a package declared in the
     * template, at its line.
     */
    private static List<RuleProblem> checkValues(String template, String text, String data,
            Map<String, Value> values) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> lines = text.lines().toList();
        List<String> parameters = new ArrayList<>();
        for (int line : parameterLines(lines)) {
            String name = lines.get(line - 1).strip();
            if (PARAMETER.matcher(name).matches()) {
                parameters.add(name);
            } else {
                problems.add(new RuleProblem(template, line, "'" + name + "' is not a parameter name: after "
                        + "'template header' come the parameter names, one a line, then imports, then the templates"
                        + " (comments go above 'template header')"));
            }
        }
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
     * The template expanded with the values, in the data file's folder's package. The line map comes from
     * expanding, with the same values, a copy of the template in which every line but the template's own
     * keywords, parameters and blank lines reads {@code #n} (n its line number): both expand line for line alike.
     */
    private static RuleSource expand(String template, String text, String data, Map<String, Value> values) {
        Map<String, Object> row = new LinkedHashMap<>();
        values.forEach((name, value) -> row.put(name, value.text()));
        String drl;
        String numbered;
        try {
            drl = compile(text, row);
            numbered = compile(numbered(text), row);
        } catch (RuntimeException e) {
            throw new RuleLoadException(List.of(new RuleProblem(template, 0, "rule template: "
                    + (e.getMessage() == null ? e.toString() : RuleSource.oneLine(e.getMessage())))));
        }
        String folder = data.substring(0, Math.max(data.indexOf('/'), 0));
        List<String> numberedLines = numbered.lines().toList();
        int[] lines = new int[numberedLines.size() + 2];
        for (int i = 0; i < numberedLines.size(); i++) {
            Matcher m = NUMBERED.matcher(numberedLines.get(i).strip());
            lines[i + 2] = m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        return RuleSource.expanded(template, data, "package " + folder + ";\n" + drl, lines);
    }

    private static String compile(String template, Map<String, Object> row) {
        return new ObjectDataCompiler().compile(List.of(row), new ByteArrayInputStream(template.getBytes(UTF_8)));
    }

    /**
     * The template with each line of DRL replaced by {@code #n}, its line number ({@code import #n} for an
     * import, {@code rule #n} for a rule's first line), followed by the parameters the line uses (drools-templates expands a template only for a row that
     * has a value for each parameter it uses); the keywords, parameter names and blank lines, which give no DRL
     * line of their own, kept.
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
