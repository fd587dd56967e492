package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.contractrules.model.Flag;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;

/**
 * The flags a rule set declares, in its {@value RuleFile#FLAGS}: a line {@code NAME = what it tells} per flag
 * ({@code #} starts a comment line). Its rules raise exactly these: a flag raised and not declared, a flag raised by
 * an expression rather than by its name, and a flag declared that no rule raises are problems.
 */
final class DeclaredFlags {
    /** A declared flag, what it tells, and its line in the file. */
    private record Declared(Flag flag, String meaning, int line) {
    }

    private final boolean present;
    private final Map<String, Declared> byName;
    private final List<RuleProblem> problems;

    private DeclaredFlags(boolean present, Map<String, Declared> byName, List<RuleProblem> problems) {
        this.present = present;
        this.byName = byName;
        this.problems = problems;
    }

    /** The flags the files declare; none when the rule set has no flags file. */
    static DeclaredFlags of(List<RuleFile> files) {
        Map<String, Declared> byName = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        RuleFile file = files.stream().filter(f -> f.path().equals(RuleFile.FLAGS)).findFirst().orElse(null);
        if (file == null) {
            return new DeclaredFlags(false, byName, problems);
        }
        List<String> lines = new String(file.content(), UTF_8).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? line : line.substring(0, eq).strip();
            String meaning = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (!Flag.isName(name)) {
                problems.add(new RuleProblem(RuleFile.FLAGS, i + 1, "'" + name + "' is not a flag name: write "
                        + "NAME = what it tells, the name in upper-case letters, digits and underscores"));
            } else if (meaning.isEmpty()) {
                problems.add(new RuleProblem(RuleFile.FLAGS, i + 1, "flag " + name + " says nothing: write " + name
                        + " = what it tells the reader of a decision"));
            } else if (byName.putIfAbsent(name, new Declared(Flag.of(name), meaning, i + 1)) != null) {
                problems.add(new RuleProblem(RuleFile.FLAGS, i + 1, "flag " + name + " is declared already, at line "
                        + byName.get(name).line()));
            }
        }
        return new DeclaredFlags(true, byName, problems);
    }

    /** The problems of the flags file itself. */
    List<RuleProblem> problems() {
        return problems;
    }

    /** The declared flags and what each tells, by name. */
    SortedMap<Flag, String> flags() {
        SortedMap<Flag, String> flags = new TreeMap<>();
        byName.values().forEach(d -> flags.put(d.flag(), d.meaning()));
        return Collections.unmodifiableSortedMap(flags);
    }

    /**
     * The flags the sources raise against the declared ones: each flag raised by its name but not declared, and each
     * family raised by its first part ({@code answer.flag("TARGET_BY_" + id)}) with no declared member, where it is
     * raised; and, when every flag is raised by its name or its first part, each declared flag no source raises,
     * where it is declared. A flag raised by another expression is checked as the rules run.
     */
    List<RuleProblem> check(List<RuleSource> sources) {
        List<RuleProblem> found = new ArrayList<>();
        Set<String> raised = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        boolean opaque = false;
        for (RuleSource source : sources) {
            for (RuleSource.FlagCall call : source.flagCalls()) {
                if (call.name() != null) {
                    if (byName.containsKey(call.name())) {
                        raised.add(call.name());
                    } else {
                        found.add(new RuleProblem(source.file(), source.line(call.drlLine()), "flag " + call.name()
                                + " is not declared: "
                                + (present ? "" : "the rule set has no " + RuleFile.FLAGS + "; ") + "declare it in "
                                + RuleFile.FLAGS + " as " + call.name() + " = what it tells"));
                    }
                } else if (call.prefix() != null) {
                    prefixes.add(call.prefix());
                    if (byName.keySet().stream().noneMatch(name -> name.startsWith(call.prefix()))) {
                        found.add(new RuleProblem(source.file(), source.line(call.drlLine()), "flags "
                                + call.prefix() + "... are raised, "
                                + "but none is declared: declare each in " + RuleFile.FLAGS + " as "
                                + call.prefix() + "... = what it tells"));
                    }
                } else {
                    opaque = true;
                }
            }
        }
        if (!opaque) {
            for (Declared declared : byName.values()) {
                String name = declared.flag().name();
                if (!raised.contains(name) && prefixes.stream().noneMatch(name::startsWith)) {
                    found.add(new RuleProblem(RuleFile.FLAGS, declared.line(), "flag " + name + " is declared, but "
                            + "no rule raises it: drop it, or raise it with answer.flag(\"" + name + "\")"));
                }
            }
        }
        return found;
    }
}
