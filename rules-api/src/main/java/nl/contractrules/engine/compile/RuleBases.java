package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.contractrules.model.Regime;
import nl.contractrules.time.Calendars;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rule set compiled once: a Drools {@link KieBase} per regime (thread-safe, shared by every evaluation), built
 * from the regime's rule folders ({@link Regime#ruleFolders()}), the calendars, and the number of rules.
 * Compiling converts decision tables to DRL, refuses what the guard rails forbid ({@link RuleGuard}), duplicate
 * rule names, a rule file outside the regimes' folders or with another package than its folder, a leftover
 * {@code Contract(regime == …)} condition, rules that do not cite a rulebook ID with its seed and section, and a
 * rule set with no rules; every problem is reported at its file and line.
 */
final class CompiledRules {
    private static final String SOURCE_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    /** Metadata every rule carries: the rulebook ID it encodes, and where the seed says it. */
    static final List<String> CITATION_KEYS = List.of("id", "seed", "section");
    /**
     * Java compiler messages about a consequence, and the name they are about: Drools places them at the rule's
     * first line ({@link Message#getLine()}), so the name in the text is what finds the consequence's line.
     */
    private static final Pattern NAMED_IN_MESSAGE = Pattern.compile(
            "The (?:method|constructor) (\\w+)\\(|(\\w+) cannot be resolved|The field (?:\\w+\\.)*(\\w+) is");
    /**
     * A constraint the compiler could not analyse: in a decision table's generated DRL Drools reports it without a
     * line, so it is placed where the constraint is written.
     */
    private static final Pattern UNANALYSED = Pattern.compile("^Unable to Analyse Expression (.+?): \\[Error");
    /** The globals the engine sets on every evaluation, and their types. */
    private static final Map<String, String> GLOBAL_TYPES = Map.of(Sessions.ANSWER, "nl.contractrules.model.Answer",
            Sessions.TIME, "nl.contractrules.time.BusinessTime");
    /** The top-level folders some regime's rule base is built from, sorted. */
    private static final Set<String> RULE_FOLDERS = Arrays.stream(Regime.values())
            .flatMap(r -> r.ruleFolders().stream()).collect(Collectors.toCollection(TreeSet::new));

    /** What compiling gives: the compiled rules when there is no problem, and the validation either way. */
    record Build(CompiledRules rules, Validation validation) {
    }

    private final Map<Regime, KieBase> kieBases;
    final Calendars calendars;
    final int ruleCount;
    /** Every rule's name, {@code package/rule name}. */
    final SortedSet<String> ruleNames;
    /** What {@link #contents()} gives, worked out on first use. */
    private final Supplier<RuleSetContents> contentsOf;
    private volatile RuleSetContents contents;
    /** Per regime, what its rules cite, resolved once. */
    private final Map<Regime, Explanations> explanations = new EnumMap<>(Regime.class);
    /** The sessions evaluations run in, reused; made on first use. */
    private volatile Sessions sessions;

    CompiledRules(Map<Regime, KieBase> kieBases, Calendars calendars, SortedSet<String> ruleNames,
            Supplier<RuleSetContents> contents) {
        this.kieBases = kieBases;
        this.calendars = calendars;
        this.ruleCount = ruleNames.size();
        this.ruleNames = Collections.unmodifiableSortedSet(ruleNames);
        this.contentsOf = contents;
        for (Regime regime : Regime.values()) {
            explanations.put(regime, Explanations.of(kieBases.get(regime)));
        }
    }

    /** What the rules of a regime cite. */
    Explanations explanations(Regime regime) {
        return explanations.get(regime);
    }

    /**
     * Its regime folders, decision tables and calendars, which a reload may not drop unless told to; worked out on
     * first use, as only a reload needs them (for the bundled rules that means reading every rule file).
     */
    RuleSetContents contents() {
        RuleSetContents made = contents;
        if (made == null) {
            made = contentsOf.get();
            contents = made;
        }
        return made;
    }

    /** The pooled sessions of these rules, shared by every facade over them. */
    Sessions sessions() {
        Sessions made = sessions;
        if (made == null) {
            synchronized (this) {
                made = sessions;
                if (made == null) {
                    made = new Sessions(this);
                    sessions = made;
                }
            }
        }
        return made;
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

    /**
     * Compiles the files and reports every problem; the rules are null when there is one. Logs one line: the rules
     * compiled, or the problems found, and the time it took.
     */
    static Build build(List<RuleFile> files) {
        long start = System.nanoTime();
        Build build = compileFiles(files);
        long millis = (System.nanoTime() - start) / 1_000_000;
        Validation validation = build.validation();
        if (validation.ok()) {
            LOG.info("compiled {} rules from {} files in {} ms", validation.ruleCount(), files.size(), millis);
        } else {
            LOG.info("rule files not compiled: {} problem(s) in {} ms, the first {}", validation.problems().size(),
                    millis, validation.problems().get(0));
        }
        return build;
    }

    /**
     * Compiles the files and reports every problem; the rules are null when there is one. A file that does not
     * parse, a guard-rail violation or a duplicate rule name stops before the compiler: compiling would only
     * echo it, or report what follows from it (a file that does not parse takes its declared types with it).
     */
    private static Build compileFiles(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Calendars calendars = null;
        List<RuleSource> sources = new ArrayList<>();
        boolean unparsed = false;
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
                    unparsed = true;
                }
            }
        }
        List<RuleProblem> expansion = new ArrayList<>();
        sources.addAll(RuleTemplates.expand(files, expansion));
        problems.addAll(expansion);
        unparsed |= !expansion.isEmpty();
        if (files.stream().noneMatch(f -> f.path().equals(RuleFile.CALENDARS))) {
            problems.add(new RuleProblem(RuleFile.CALENDARS, 0, "missing: every rule set needs its calendars file"));
        }
        List<RuleProblem> refused = new ArrayList<>(RuleGuard.check(sources));
        refused.addAll(duplicates(sources));
        problems.addAll(refused);
        if (unparsed || !refused.isEmpty()) {
            return failed(problems, 0);
        }
        for (RuleSource source : sources) {
            problems.addAll(placement(source));
        }

        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.contractrules.loaded", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML(kieModule(ks).toXML());
        Map<String, RuleSource> byKiePath = new HashMap<>();
        for (RuleSource source : sources) {
            byKiePath.put(source.kiePath(), source);
            kfs.write(SOURCE_ROOT + source.kiePath(), source.drl().getBytes(UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(problem(byKiePath.get(m.getPath()), m));
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
        SortedSet<String> names = new TreeSet<>();
        for (KieBase kieBase : kieBases.values()) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (!names.add(FiringLog.name(rule))) {
                        continue;
                    }
                    for (String key : CITATION_KEYS) {
                        if (!(rule.getMetaData().get(key) instanceof String value) || value.isBlank()) {
                            problems.add(locate(sources, pkg.getName(), rule.getName(), "rule \"" + rule.getName()
                                    + "\" has no @" + key + "(...): every rule cites its rulebook ID, seed and section"));
                        }
                    }
                }
            }
        }
        int count = names.size();
        if (count == 0) {
            problems.add(new RuleProblem("", 0, "the rule set has no rules"));
        }
        if (!problems.isEmpty()) {
            return failed(problems, count);
        }
        RuleSetContents contents = RuleSetContents.of(ruleFiles(files), calendars);
        return new Build(new CompiledRules(kieBases, calendars, names, () -> contents),
                new Validation(List.of(), count));
    }

    /**
     * Where a rule file sits against the rule bases: in a regime's folder, with that folder's name as its package
     * (a regime's rule base takes the files of its folders whose package is the folder's), and without the
     * {@code Contract(regime == …)} conditions that one rule base for all regimes needed, without a pattern on
     * the answer, which is a global, and with the globals the engine sets ({@code answer}, {@code time}) of their
     * types.
     */
    private static List<RuleProblem> placement(RuleSource source) {
        List<RuleProblem> problems = new ArrayList<>();
        String folder = source.folder();
        if (!RULE_FOLDERS.contains(folder)) {
            problems.add(new RuleProblem(source.file(), 0, "a rule file belongs in a regime's folder ("
                    + String.join(", ", RULE_FOLDERS) + "); this one is in no regime's rule base"));
        } else if (!source.packageName().equals(folder)) {
            problems.add(new RuleProblem(source.file(), source.packageLine(), "package '" + source.packageName()
                    + "' in folder " + folder + ": a rule file's package is its folder's name ('" + folder
                    + "'); with another package no regime's rule base takes its rules"));
        }
        for (int line : source.regimeConditions()) {
            problems.add(new RuleProblem(source.file(), source.line(line), "condition on the contract's regime: "
                    + "since engine v2 each regime has a rule base of its own folders, so a rule only ever sees "
                    + "contracts of its regime; drop the regime condition (keep the tier and option ones)"));
        }
        for (RuleSource.Global global : source.globals()) {
            String wanted = GLOBAL_TYPES.get(global.name());
            if (wanted != null && !global.type().equals(wanted)
                    && !global.type().equals(wanted.substring(wanted.lastIndexOf('.') + 1))) {
                problems.add(new RuleProblem(source.file(), source.line(global.drlLine()), "global " + global.name()
                        + " is a " + wanted + ", not a " + global.type() + ": the engine sets it to one"));
            }
        }
        for (int line : source.answerPatterns()) {
            problems.add(new RuleProblem(source.file(), source.line(line), "pattern on Answer: rules write their "
                    + "conclusions on the global answer (declare 'global Answer answer;' and write answer.set(...)), "
                    + "no Answer fact is inserted, so this rule would never fire; drop the pattern"));
        }
        return problems;
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
        return path.toLowerCase(Locale.ROOT).endsWith(".drl") || isTable(path);
    }

    /** The paths of the files that hold rules: rule files, decision tables, templates and their data. */
    static List<String> ruleFiles(List<RuleFile> files) {
        return files.stream().map(RuleFile::path)
                .filter(p -> isRuleFile(p) || RuleTemplates.isTemplateOrData(p)).toList();
    }

    /** Whether the file is a decision table: a {@code .csv}, {@code .xls} or {@code .xlsx} file. */
    static boolean isTable(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xls") || lower.endsWith(".xlsx");
    }

    /** A failed build; a problem in a template expanded for two regimes is listed once. */
    private static Build failed(List<RuleProblem> problems, int ruleCount) {
        return new Build(null, new Validation(problems.stream().distinct().toList(), ruleCount));
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
     * A compiler message at the file and line Drools gives it, with two refinements where its {@link Message} has
     * no (precise) line: a constraint it could not analyse is placed where the constraint is written, and a Java
     * compiler error in a consequence, which Drools places at its rule's first line, at the consequence's line
     * that uses the method, constructor, field or variable the message names.
     */
    private static RuleProblem problem(RuleSource source, Message m) {
        String text = oneLine(m.getText());
        if (source == null) {
            return new RuleProblem(m.getPath() == null ? "" : m.getPath(), Math.max(m.getLine(), 0), text);
        }
        int line = m.getLine();
        Matcher unanalysed = UNANALYSED.matcher(text);
        if (line <= 0 && unanalysed.find()) {
            line = source.constraintLine(unanalysed.group(1));
        }
        Matcher named = NAMED_IN_MESSAGE.matcher(text);
        if (line > 0 && text.startsWith("Rule Compilation error") && named.find()) {
            String name = named.group(1) != null ? named.group(1) : named.group(2) != null ? named.group(2)
                    : named.group(3);
            line = source.lineInConsequence(line, name);
        }
        return new RuleProblem(source.file(), source.line(line), text);
    }

    /** A multi-line compiler message on one line, without the excerpt and caret that repeat the location. */
    static String oneLine(String text) {
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
