package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.time.Calendars;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import nl.contractrules.model.Regime;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rule set compiled once: a Drools {@link KieBase} per regime (thread-safe, shared by every evaluation), built
 * from the regime's rule folders ({@link Regime#ruleFolders()}), the calendars, and the number of rules. Compiling converts decision tables to DRL, refuses what the guard rails
 * forbid ({@link RuleGuard}), duplicate rule names, rules that do not cite a rulebook ID with its seed and
 * section, and a rule set with no rules; every problem is reported at its file and line.
 */
final class CompiledRules {
    private static final String SOURCE_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    /** Metadata every rule carries: the rulebook ID it encodes, and where the seed says it. */
    static final List<String> CITATION_KEYS = List.of("id", "seed", "section");
    /** Java compiler messages about a consequence, and the name they are about. */
    private static final Pattern NAMED_IN_MESSAGE = Pattern.compile(
            "The (?:method|constructor) (\\w+)\\(|(\\w+) cannot be resolved|The field (?:\\w+\\.)*(\\w+) is");
    /** The parser's messages start with their error code, e.g. "[ERR 102] Line 7:0 mismatched input". */
    private static final Pattern PARSE_ERROR = Pattern.compile("\\s*\\[ERR \\d+]");
    /** A constraint the compiler could not analyse, sometimes reported without a line. */
    private static final Pattern UNANALYSED = Pattern.compile("^Unable to Analyse Expression (.+?): \\[Error");

    /** What compiling gives: the compiled rules when there is no problem, and the validation either way. */
    record Build(CompiledRules rules, Validation validation) {
    }

    private final Map<Regime, KieBase> kieBases;
    final Calendars calendars;
    final int ruleCount;

    CompiledRules(Map<Regime, KieBase> kieBases, Calendars calendars, int ruleCount) {
        this.kieBases = kieBases;
        this.calendars = calendars;
        this.ruleCount = ruleCount;
    }

    /** The rule base that decides the cases of a regime. */
    KieBase kieBase(Regime regime) {
        return kieBases.get(regime);
    }

    /** Whether the regime's rules have an agenda group of that name (a session asked for a missing one has none). */
    boolean hasAgendaGroup(Regime regime, String name) {
        KieSession session = kieBases.get(regime).newKieSession();
        try {
            return session.getAgenda().getAgendaGroup(name) != null;
        } finally {
            session.dispose();
        }
    }

    /** Compiles the files, or throws {@link RuleLoadException} listing every problem. */
    static CompiledRules compile(List<RuleFile> files) {
        Build build = build(files);
        if (!build.validation().ok()) {
            throw new RuleLoadException(build.validation().problems());
        }
        return build.rules();
    }

    /** Compiles the files and reports every problem; the rules are null when there is one. */
    static Build build(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Calendars calendars = null;
        List<RuleSource> sources = new ArrayList<>();
        for (RuleFile file : files) {
            if (file.path().equals(RuleFile.CALENDARS)) {
                try {
                    calendars = Calendars.parse(new String(file.content(), UTF_8));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(file.path(), 0, e.getMessage()));
                }
            } else if (isRuleFile(file.path())) {
                try {
                    sources.add(RuleSource.of(file));
                } catch (RuleLoadException e) {
                    problems.addAll(e.problems());
                }
            }
        }
        if (files.stream().noneMatch(f -> f.path().equals(RuleFile.CALENDARS))) {
            problems.add(new RuleProblem(RuleFile.CALENDARS, 0, "missing: every rule set needs its calendars file"));
        }
        List<RuleProblem> forbidden = RuleGuard.check(sources);
        if (!forbidden.isEmpty()) {
            // What the guard refuses is not handed to the compiler at all.
            problems.addAll(forbidden);
            return failed(problems, 0);
        }
        List<RuleProblem> duplicates = duplicates(sources);
        problems.addAll(duplicates);

        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.contractrules.loaded", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML(kieModule(ks).toXML());
        Map<String, RuleSource> byKiePath = new HashMap<>();
        Set<String> folders = new HashSet<>();
        for (Regime regime : Regime.values()) {
            folders.addAll(regime.ruleFolders());
        }
        for (RuleSource source : sources) {
            String folder = source.file().contains("/") ? source.file().substring(0, source.file().indexOf('/')) : "";
            if (!folders.contains(folder)) {
                problems.add(new RuleProblem(source.file(), 0, "a rule file belongs in a regime's folder ("
                        + String.join(", ", new java.util.TreeSet<>(folders)) + "); this one is in no regime's rule base"));
            }
            byKiePath.put(source.kiePath(), source);
            kfs.write(SOURCE_ROOT + source.kiePath(), source.drl().getBytes(UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (errors.stream().anyMatch(CompiledRules::isParseError)) {
            // A file that does not parse takes its package's declared types with it: report only parse errors.
            errors = errors.stream().filter(CompiledRules::isParseError).toList();
        }
        for (Message m : errors) {
            String text = oneLine(m.getText());
            // The compiler's echoes of a duplicate reported above, at its first declaration and as a class clash.
            if (!duplicates.isEmpty() && (text.startsWith("Duplicate rule name")
                    || text.matches(".*The type Rule_\\w+ is already defined.*"))) {
                continue;
            }
            problems.add(problem(byKiePath.get(m.getPath()), m, text));
        }
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            return failed(problems, 0);
        }
        KieContainer container = ks.newKieContainer(releaseId);
        Map<Regime, KieBase> kieBases = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            kieBases.put(regime, container.getKieBase(regime.name()));
        }
        ks.getRepository().removeKieModule(releaseId);
        int count = 0;
        Set<String> seen = new HashSet<>();
        for (KieBase kieBase : kieBases.values()) {
          for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (!seen.add(pkg.getName() + "\0" + rule.getName())) {
                    continue;
                }
                count++;
                for (String key : CITATION_KEYS) {
                    if (!(rule.getMetaData().get(key) instanceof String value) || value.isBlank()) {
                        problems.add(locate(sources, pkg.getName(), rule.getName(), "rule \"" + rule.getName()
                                + "\" has no @" + key + "(...): every rule cites its rulebook ID, seed and section"));
                    }
                }
            }
          }
        }
        if (count == 0) {
            problems.add(new RuleProblem("", 0, "the rule set has no rules"));
        }
        if (!problems.isEmpty()) {
            return failed(problems, count);
        }
        return new Build(new CompiledRules(kieBases, calendars, count), new Validation(List.of(), count));
    }

    /** A rule base per regime, named after it, holding the rule files of its folders. */
    static KieModuleModel kieModule(KieServices ks) {
        KieModuleModel module = ks.newKieModuleModel();
        for (Regime regime : Regime.values()) {
            KieBaseModel base = module.newKieBaseModel(regime.name());
            regime.ruleFolders().forEach(base::addPackage);
        }
        return module;
    }

    static boolean isRuleFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl") || lower.endsWith(".csv") || lower.endsWith(".xls") || lower.endsWith(".xlsx");
    }

    private static Build failed(List<RuleProblem> problems, int ruleCount) {
        return new Build(null, new Validation(problems, ruleCount));
    }

    /** A second rule of the same name in a package, reported where it is declared and naming the first. */
    private static List<RuleProblem> duplicates(List<RuleSource> sources) {
        Map<String, RuleProblem> first = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            for (RuleSource.Declared rule : source.rules()) {
                RuleProblem here = new RuleProblem(source.file(), source.line(rule.drlLine()), "");
                RuleProblem earlier = first.putIfAbsent(source.packageName() + "\0" + rule.name(), here);
                if (earlier != null) {
                    problems.add(new RuleProblem(here.file(), here.line(), "duplicate rule name \"" + rule.name()
                            + "\" in package " + source.packageName() + ": first declared at " + earlier.file() + ":"
                            + earlier.line()));
                }
            }
        }
        return problems;
    }

    /**
     * A compiler message at the file and line it concerns. The compiler places an error in a consequence at its
     * rule's first line; when the message names a method, constructor, field or variable, the problem is placed
     * at the rule's line that uses it. A constraint it reports without a line is placed where it is written.
     */
    private static RuleProblem problem(RuleSource source, Message m, String text) {
        if (source == null) {
            return new RuleProblem(m.getPath() == null ? "" : m.getPath(), Math.max(m.getLine(), 0), text);
        }
        int line = m.getLine();
        Matcher unanalysed = UNANALYSED.matcher(text);
        if (line <= 0 && unanalysed.find()) {
            line = source.lineContaining(unanalysed.group(1));
        }
        Matcher named = NAMED_IN_MESSAGE.matcher(text);
        if (line > 0 && text.startsWith("Rule Compilation error") && named.find()) {
            String name = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2)
                    : named.group(3);
            line = source.lineInRule(line, name);
        }
        return new RuleProblem(source.file(), source.line(line), text);
    }

    private static boolean isParseError(Message m) {
        return PARSE_ERROR.matcher(m.getText()).lookingAt();
    }

    /** A multi-line compiler message on one line, without the excerpt and caret that repeat the location. */
    private static String oneLine(String text) {
        return text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.equals("^") && !l.startsWith("[Near") && !l.startsWith("[Line:"))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The file and line where the rule of that name is declared, for a problem about it. */
    private static RuleProblem locate(List<RuleSource> sources, String packageName, String ruleName, String message) {
        for (RuleSource source : sources) {
            for (RuleSource.Declared rule : source.rules()) {
                if (source.packageName().equals(packageName) && rule.name().equals(ruleName)) {
                    return new RuleProblem(source.file(), source.line(rule.drlLine()), message);
                }
            }
        }
        return new RuleProblem("", 0, message);
    }
}
