package nl.contractrules.engine.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.model.RuleProblem;

/**
 * The guard rails on rule files: a check of each file's imports and a scan of its code (comments and string
 * literals left out, as Drools' lexer finds them) that refuses
 * <ul>
 *   <li>imports and fully-qualified names outside the packages a rule may use: {@code nl.contractrules.model},
 *       {@code nl.contractrules.rulesupport}, {@code nl.contractrules.time}, {@code java.lang}, {@code java.math},
 *       {@code java.util} (not its subpackages), {@code java.time} and its subpackages, and the rule set's own DRL
 *       packages;</li>
 *   <li>the names through which code reaches the system, threads, processes, timers, class loading or resources
 *       ({@link #FORBIDDEN_NAMES}), and reflection ({@code getClass()}, {@code forName(…)}, {@code .class}, …);</li>
 *   <li>loops that need not end: {@code while}, {@code do} and the counting {@code for (…; …; …)} (a {@code for}
 *       over a collection stays allowed), and functions that call themselves, directly or through others.</li>
 * </ul>
 * It catches mistakes and obvious misuse; it is not a sandbox. {@code docs/analysts.md}, "Rule files are code",
 * says what it does and does not guarantee.
 */
final class RuleGuard {
    static final Set<String> ALLOWED_PACKAGES = Set.of("nl.contractrules.model", "nl.contractrules.rulesupport",
            "nl.contractrules.time", "java.lang", "java.math", "java.util");
    /** Allowed with every subpackage. */
    static final String ALLOWED_TREE = "java.time";
    /** Classes of java.lang and java.util (usable without an import) that reach outside the rule's facts. */
    static final List<String> FORBIDDEN_NAMES = List.of("System", "Runtime", "Thread", "ThreadGroup", "ThreadLocal",
            "InheritableThreadLocal", "Process", "ProcessBuilder", "ProcessHandle", "Class", "ClassLoader",
            "ClassValue", "Module", "ModuleLayer", "SecurityManager", "StackWalker", "Timer", "TimerTask",
            "ServiceLoader", "ResourceBundle", "Formatter");

    private static final String ALLOWED_TEXT = " is not allowed in rule files (allowed: nl.contractrules.model, "
            + "nl.contractrules.rulesupport, nl.contractrules.time, java.lang, java.math, java.util, java.time.* and "
            + "the rule set's own packages)";
    private static final Pattern PACKAGE_LINE = Pattern.compile("^\\s*(?:import|package)\\b");
    /** Two or more lower-case segments and a class: {@code java.io.File}, not {@code $c.tier}. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w$.])((?:[a-z_]\\w*\\.){2,})[A-Z]\\w*");
    private static final Set<String> FORBIDDEN = Set.copyOf(FORBIDDEN_NAMES);
    /** A word of code: a forbidden name is one of them (a name inside a longer word is not). */
    private static final Pattern WORD = Pattern.compile("[\\w$]+");
    private static final Pattern REFLECTION = Pattern.compile("\\.\\s*(getClass|getClassLoader|forName|loadClass"
            + "|newInstance|setAccessible|invoke|getDeclared\\w*|getMethods?|getFields?|getConstructors?"
            + "|getResource\\w*)\\s*\\(|\\.\\s*(class)\\b");

    private static final Pattern LOOP = Pattern.compile("(?<![\\w$.])(while|do(?!\\s*\\[))(?![\\w$])"
            + "|(?<![\\w$.])for\\s*\\([^:{]*;");
    private static final String LOOP_TEXT = " loops are not allowed in rule files (a loop runs over a collection: "
            + "for (Item item : items))";
    private static final Pattern FUNCTION = Pattern.compile(
            "(?<![\\w$.])function\\s+[\\w$.<>\\[\\],?\\s]*?([\\w$]+)\\s*\\(");
    private static final Pattern CALL = Pattern.compile("(?<![\\w$.])([\\w$]+)\\s*\\(");

    /** A DRL function: its source, the DRL line it is declared at, its package and name, and the names it calls. */
    private record Function(RuleSource source, int drlLine, String key, Set<String> calls) {
    }

    private RuleGuard() {
    }

    /** Every violation in the sources, at its file and line. */
    static List<RuleProblem> check(List<RuleSource> sources) {
        Set<String> ownPackages = new LinkedHashSet<>();
        sources.forEach(s -> ownPackages.add(s.packageName()));
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            for (RuleSource.Import i : source.imports()) {
                String pkg = packageOf(i.name());
                if (!allowed(pkg, ownPackages)) {
                    problems.add(new RuleProblem(source.file(), source.line(i.drlLine()),
                            "import " + i.name() + ": package " + pkg + ALLOWED_TEXT));
                }
            }
            List<String> code = source.code().lines().toList();
            for (int i = 0; i < code.size(); i++) {
                Set<String> messages = new LinkedHashSet<>();
                scan(code.get(i), ownPackages, messages);
                for (String message : messages) {
                    problems.add(new RuleProblem(source.file(), source.line(i + 1), message));
                }
            }
        }
        problems.addAll(recursion(sources));
        return problems;
    }
    /** Every function that reaches itself through the functions it calls, at the line it is declared. */
    private static List<RuleProblem> recursion(List<RuleSource> sources) {
        Map<String, Function> functions = new LinkedHashMap<>();
        for (RuleSource source : sources) {
            String code = source.code();
            Matcher m = FUNCTION.matcher(code);
            while (m.find()) {
                String body = body(code, m.end());
                Set<String> calls = new LinkedHashSet<>();
                Matcher call = CALL.matcher(body);
                while (call.find()) {
                    calls.add(source.packageName() + "." + call.group(1));
                }
                String key = source.packageName() + "." + m.group(1);
                int line = (int) code.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                functions.put(key, new Function(source, line, key, calls));
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (Function f : functions.values()) {
            List<String> cycle = path(f.key(), f.key(), functions, new LinkedHashSet<>());
            if (cycle != null) {
                problems.add(new RuleProblem(f.source().file(), f.source().line(f.drlLine()), "function "
                        + simple(f.key()) + " is recursive (" + simple(f.key()) + " -> "
                        + String.join(" -> ", cycle.stream().map(RuleGuard::simple).toList())
                        + "): recursion is not allowed in rule files"));
            }
        }
        return problems;
    }

    /** The calls from {@code from} that lead back to {@code target}, or null when none does. */
    private static List<String> path(String from, String target, Map<String, Function> functions, Set<String> seen) {
        for (String callee : functions.get(from).calls()) {
            if (callee.equals(target)) {
                return List.of(callee);
            }
            if (functions.containsKey(callee) && seen.add(callee)) {
                List<String> rest = path(callee, target, functions, seen);
                if (rest != null) {
                    List<String> cycle = new ArrayList<>(List.of(callee));
                    cycle.addAll(rest);
                    return cycle;
                }
            }
        }
        return null;
    }

    private static String simple(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** The text of the block that opens at the first brace from {@code from}, to its matching brace. */
    private static String body(String code, int from) {
        int open = code.indexOf('{', from);
        if (open < 0) {
            return "";
        }
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            depth += code.charAt(i) == '{' ? 1 : code.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return code.substring(open + 1, i);
            }
        }
        return code.substring(open + 1);
    }



    /** The names in one line of code (package and import lines are checked above) that reach outside the facts. */
    private static void scan(String line, Set<String> ownPackages, Set<String> messages) {
        if (line.isBlank()) {
            return;
        }
        // a qualified name and reflection need a dot, a loop its keyword: a line without is not searched for them
        boolean dotted = line.indexOf('.') >= 0;
        Matcher m;
        if (dotted && !PACKAGE_LINE.matcher(line).find()) {
            m = QUALIFIED.matcher(line);
            while (m.find()) {
                String pkg = m.group(1).substring(0, m.group(1).length() - 1);
                if (!allowed(pkg, ownPackages)) {
                    messages.add(m.group() + ": package " + pkg + ALLOWED_TEXT);
                }
            }
        }
        m = WORD.matcher(line);
        while (m.find()) {
            if (FORBIDDEN.contains(m.group())) {
                messages.add(m.group() + " is not allowed in rule files (no System, Runtime, threads, processes, "
                        + "timers, class loading or resources)");
            }
        }
        if (dotted) {
            m = REFLECTION.matcher(line);
            while (m.find()) {
                messages.add((m.group(1) != null ? m.group(1) + "(…)" : ".class")
                        + " is not allowed in rule files (no reflection)");
            }
        }
        if (line.contains("while") || line.contains("do") || line.contains("for")) {
            m = LOOP.matcher(line);
            while (m.find()) {
                messages.add((m.group(1) != null ? m.group(1) : "counting for") + LOOP_TEXT);
            }
        }
    }

    /** The package of a qualified name: its segments up to the first that starts with a capital or is "*". */
    private static String packageOf(String name) {
        StringBuilder pkg = new StringBuilder();
        for (String segment : name.split("\\.")) {
            if (segment.equals("*") || Character.isUpperCase(segment.charAt(0))) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(segment);
        }
        return pkg.toString();
    }

    private static boolean allowed(String pkg, Set<String> ownPackages) {
        return ALLOWED_PACKAGES.contains(pkg) || pkg.equals(ALLOWED_TREE) || pkg.startsWith(ALLOWED_TREE + ".")
                || ownPackages.contains(pkg);
    }
}
