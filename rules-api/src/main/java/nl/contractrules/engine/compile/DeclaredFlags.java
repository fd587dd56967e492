package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
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
     * What rules raise: flags by name, families of flags by their first part ({@code answer.flag("TARGET_BY_" + id)}),
     * and whether any flag is raised by another expression ({@code opaque}). Written as a line of words for the
     * build's digests: a name, a first part followed by {@code *}, and {@code ?} for an opaque call.
     */
    record Raised(Set<String> names, Set<String> prefixes, boolean opaque) {
        static final Raised NONE = new Raised(Set.of(), Set.of(), false);

        Raised {
            names = Set.copyOf(names);
            prefixes = Set.copyOf(prefixes);
        }

        /** What the sources raise. */
        static Raised of(List<RuleSource> sources) {
            Set<String> names = new TreeSet<>();
            Set<String> prefixes = new TreeSet<>();
            boolean opaque = false;
            for (RuleSource source : sources) {
                for (RuleSource.FlagCall call : source.flagCalls()) {
                    if (call.name() != null) {
                        names.add(call.name());
                    } else if (call.prefix() != null) {
                        prefixes.add(call.prefix());
                    } else {
                        opaque = true;
                    }
                }
            }
            return new Raised(names, prefixes, opaque);
        }

        /** What either raises. */
        Raised plus(Raised other) {
            Set<String> names = new TreeSet<>(this.names);
            names.addAll(other.names);
            Set<String> prefixes = new TreeSet<>(this.prefixes);
            prefixes.addAll(other.prefixes);
            return new Raised(names, prefixes, opaque || other.opaque);
        }

        /** The line {@link #parse} reads. */
        String text() {
            List<String> words = new ArrayList<>(new TreeSet<>(names));
            new TreeSet<>(prefixes).forEach(prefix -> words.add(prefix + "*"));
            if (opaque) {
                words.add("?");
            }
            return String.join(" ", words);
        }

        static Raised parse(String text) {
            Set<String> names = new TreeSet<>();
            Set<String> prefixes = new TreeSet<>();
            boolean opaque = false;
            for (String word : text.strip().split("\\s+")) {
                if (word.equals("?")) {
                    opaque = true;
                } else if (word.endsWith("*")) {
                    prefixes.add(word.substring(0, word.length() - 1));
                } else if (!word.isEmpty()) {
                    names.add(word);
                }
            }
            return new Raised(names, prefixes, opaque);
        }
    }

    /**
     * The flags the sources raise against the declared ones: each flag raised by its name but not declared, and each
     * family raised by its first part ({@code answer.flag("TARGET_BY_" + id)}) with no declared member, where it is
     * raised; and, when every flag is raised by its name or its first part, each declared flag that neither the
     * sources nor {@code elsewhere} (the rules of regimes not read, which the build checked) raise, where it is
     * declared. A flag raised by another expression is checked as the rules run.
     */
    List<RuleProblem> check(List<RuleSource> sources, Raised elsewhere) {
        List<RuleProblem> found = new ArrayList<>();
        for (RuleSource source : sources) {
            for (RuleSource.FlagCall call : source.flagCalls()) {
                if (call.name() != null && !byName.containsKey(call.name())) {
                    found.add(new RuleProblem(source.file(), source.line(call.drlLine()), "flag " + call.name()
                            + " is not declared: "
                            + (present ? "" : "the rule set has no " + RuleFile.FLAGS + "; ") + "declare it in "
                            + RuleFile.FLAGS + " as " + call.name() + " = what it tells"));
                } else if (call.name() == null && call.prefix() != null
                        && byName.keySet().stream().noneMatch(name -> name.startsWith(call.prefix()))) {
                    found.add(new RuleProblem(source.file(), source.line(call.drlLine()), "flags "
                            + call.prefix() + "... are raised, "
                            + "but none is declared: declare each in " + RuleFile.FLAGS + " as "
                            + call.prefix() + "... = what it tells"));
                }
            }
        }
        Raised raised = Raised.of(sources).plus(elsewhere);
        if (!raised.opaque()) {
            for (Declared declared : byName.values()) {
                String name = declared.flag().name();
                if (!raised.names().contains(name) && raised.prefixes().stream().noneMatch(name::startsWith)) {
                    found.add(new RuleProblem(RuleFile.FLAGS, declared.line(), "flag " + name + " is declared, but "
                            + "no rule raises it: drop it, or raise it with answer.flag(\"" + name + "\")"));
                }
            }
        }
        return found;
    }
}
