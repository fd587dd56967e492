package nl.contractrules.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard rails on rule files: a check of each file's imports and a scan of its code (comments and string
 * literals left out, as Drools' lexer finds them) that refuses
 * <ul>
 *   <li>imports and fully-qualified names outside the packages a rule may use: {@code nl.contractrules.model},
 *       {@code nl.contractrules.time}, {@code java.lang}, {@code java.math}, {@code java.util} (not its
 *       subpackages), {@code java.time} and its subpackages, and the rule set's own DRL packages;</li>
 *   <li>the names through which code reaches the system, threads, processes, timers, class loading or resources
 *       ({@link #FORBIDDEN_NAMES}), and reflection ({@code getClass()}, {@code forName(…)}, {@code .class}, …).</li>
 * </ul>
 * It catches mistakes and obvious misuse; it is not a sandbox. {@code docs/analysts.md}, "Rule files are code",
 * says what it does and does not guarantee.
 */
final class RuleGuard {
    static final Set<String> ALLOWED_PACKAGES = Set.of("nl.contractrules.model", "nl.contractrules.time",
            "java.lang", "java.math", "java.util");
    /** Allowed with every subpackage. */
    static final String ALLOWED_TREE = "java.time";
    /** Classes of java.lang and java.util (usable without an import) that reach outside the rule's facts. */
    static final List<String> FORBIDDEN_NAMES = List.of("System", "Runtime", "Thread", "ThreadGroup", "ThreadLocal",
            "InheritableThreadLocal", "Process", "ProcessBuilder", "ProcessHandle", "Class", "ClassLoader",
            "ClassValue", "Module", "ModuleLayer", "SecurityManager", "StackWalker", "Timer", "TimerTask",
            "ServiceLoader", "ResourceBundle", "Formatter");

    private static final String ALLOWED_TEXT = " is not allowed in rule files (allowed: nl.contractrules.model, "
            + "nl.contractrules.time, java.lang, java.math, java.util, java.time.* and the rule set's own packages)";
    private static final Pattern PACKAGE_LINE = Pattern.compile("^\\s*(?:import|package)\\b");
    /** Two or more lower-case segments and a class: {@code java.io.File}, not {@code $c.tier}. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w$.])((?:[a-z_]\\w*\\.){2,})[A-Z]\\w*");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "(?<![\\w$])(" + String.join("|", FORBIDDEN_NAMES) + ")(?![\\w$])");
    private static final Pattern REFLECTION = Pattern.compile("\\.\\s*(getClass|getClassLoader|forName|loadClass"
            + "|newInstance|setAccessible|invoke|getDeclared\\w*|getMethods?|getFields?|getConstructors?"
            + "|getResource\\w*)\\s*\\(|\\.\\s*(class)\\b");

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
        return problems;
    }

    /** The names in one line of code (package and import lines are checked above) that reach outside the facts. */
    private static void scan(String line, Set<String> ownPackages, Set<String> messages) {
        Matcher m;
        if (!PACKAGE_LINE.matcher(line).find()) {
            m = QUALIFIED.matcher(line);
            while (m.find()) {
                String pkg = m.group(1).substring(0, m.group(1).length() - 1);
                if (!allowed(pkg, ownPackages)) {
                    messages.add(m.group() + ": package " + pkg + ALLOWED_TEXT);
                }
            }
        }
        m = FORBIDDEN.matcher(line);
        while (m.find()) {
            messages.add(m.group(1) + " is not allowed in rule files (no System, Runtime, threads, processes, "
                    + "timers, class loading or resources)");
        }
        m = REFLECTION.matcher(line);
        while (m.find()) {
            messages.add((m.group(1) != null ? m.group(1) + "(…)" : ".class")
                    + " is not allowed in rule files (no reflection)");
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
