package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.contractrules.engine.compile.LibraryContext.inLibraryContext;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;
import nl.contractrules.model.Flag;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.time.Calendars;
import org.apiguardian.api.API;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled rule set: a Drools {@link KieBase} per regime (thread-safe, shared by every evaluation), built from
 * the regime's rule folders ({@link Regime#ruleFolders()}), with the calendars, the declared flags, every rule's
 * name and, per regime, what its rules cite. Immutable.
 *
 * <p>Compiling is {@link CheckedRules checking} the files, compiling what passed ({@link #compile}: DRL here, or the
 * build's executable model), and {@link #of checking the compiled rules}: every rule cites rulebook IDs with its
 * seed and section, and the rule set has rules. Every problem is at its file and line.
 *
 * <p>DRL is compiled with Drools' knowledge builder rather than a KIE module and container: those log every compile
 * error at ERROR and each rule base they build at INFO, through loggers an application cannot tell from real
 * failures, while the problems come back here, at their files and lines, anyway.
 */
@API(status = INTERNAL, since = "0.1")
public final class RuleBases {
    /** The logger of compiling and loading rule sets: one line per rule set, at INFO. */
    public static final String LOG_NAME = "nl.contractrules.load";
    private static final Logger LOG = LoggerFactory.getLogger(LOG_NAME);

    /**
     * What compiling gives: the rule bases when there is no problem (null otherwise, and always after {@link
     * #check}), every problem either way, the regimes whose rule bases were compiled from DRL (the others were
     * taken as the build compiled them), and of those the ones of which only the changed files were compiled, onto
     * the build's model ({@link EditedRegime}), with those files.
     */
    public record Compilation(RuleBases rules, List<RuleProblem> problems, int ruleCount, Set<Regime> fromDrl,
            Map<Regime, List<String>> filesOnly) {
        public Compilation {
            problems = problems.stream().distinct().toList();
            fromDrl = fromDrl.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fromDrl));
            filesOnly = filesOnly.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filesOnly));
        }

        Compilation(RuleBases rules, List<RuleProblem> problems, int ruleCount) {
            this(rules, problems, ruleCount, Set.of(), Map.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Map<Regime, KieBase> kieBases;
    private final Calendars calendars;
    private final SortedMap<Flag, String> flags;
    private final Map<String, Flag> flagsByName;
    private final Set<Flag> flagSet;
    private final SortedSet<String> ruleNames;
    private final Map<Regime, Explanations> explanations = new EnumMap<>(Regime.class);
    /** What {@link #droppedBy} compares, worked out on first use: only a reload needs it. */
    private final Supplier<RuleSetContents> contentsOf;
    private volatile RuleSetContents contents;

    RuleBases(Map<Regime, KieBase> kieBases, Calendars calendars, SortedMap<Flag, String> flags,
            SortedSet<String> ruleNames, Supplier<RuleSetContents> contents) {
        this.kieBases = Collections.unmodifiableMap(new EnumMap<>(kieBases));
        this.calendars = calendars;
        this.flags = flags;
        Map<String, Flag> byName = new HashMap<>();
        flags.keySet().forEach(f -> byName.put(f.name(), f));
        this.flagsByName = Collections.unmodifiableMap(byName);
        this.flagSet = Set.copyOf(flags.keySet());
        this.ruleNames = Collections.unmodifiableSortedSet(ruleNames);
        this.contentsOf = contents;
        for (Regime regime : Regime.values()) {
            explanations.put(regime, Explanations.of(kieBases.get(regime)));
        }
    }

    /**
     * The files compiled: checked, except the files of each regime whose files are the bundled ones ({@link
     * CheckedRules#fileDigest}), which the build checked; then each regime whose sources differ from the bundled
     * ones ({@link CheckedRules#digest}) compiled from DRL, and the others' rule bases taken from the build's
     * executable model, which decides as their DRL does; then the compiled rules checked. Logs one line at INFO: the rules
     * compiled and how many regimes were compiled and how many reused, or the problems found, and the time it took.
     */
    public static Compilation compile(List<RuleFile> files) {
        return compile(files, true, true);
    }

    /** The files compiled as {@link #compile} does, but every regime from DRL, reusing nothing the build compiled. */
    public static Compilation compileFromDrl(List<RuleFile> files) {
        return compile(files, false, true);
    }

    /**
     * The files checked and compiled as {@link #compile} does, for their problems and rule count only: the rule bases
     * of the regimes whose sources are the bundled ones are not built, since the build built and checked them, and
     * their rules are counted from the build's list. The compilation has no rule bases, also when it is {@link
     * Compilation#ok() ok}.
     */
    public static Compilation check(List<RuleFile> files) {
        return compile(files, true, false);
    }

    private static Compilation compile(List<RuleFile> files, boolean reuse, boolean build) {
        long start = System.nanoTime();
        Optional<BundledRules> bundled = reuse ? BundledRules.shared() : Optional.empty();
        Map<Regime, DeclaredFlags.Raised> unchanged = new EnumMap<>(Regime.class);
        bundled.ifPresent(b -> b.digests().forEach((regime, digests) -> {
            if (CheckedRules.fileDigest(regime, files).equals(digests.files())) {
                unchanged.put(regime, digests.raised());
            }
        }));
        CheckedRules checked = CheckedRules.check(files, unchanged);
        if (!checked.ok()) {
            return logged(new Compilation(null, checked.problems(), 0), files, start);
        }
        Set<Regime> fromDrl = EnumSet.noneOf(Regime.class);
        for (Regime regime : Regime.values()) {
            if (!unchanged.containsKey(regime) && (bundled.isEmpty()
                    || !checked.digest(regime).equals(bundled.get().digests().get(regime).sources()))) {
                fromDrl.add(regime);
            }
        }
        List<Built> built = Arrays.stream(Regime.values()).filter(regime -> build || fromDrl.contains(regime))
                .parallel().map(inLibraryContext((Regime regime) -> fromDrl.contains(regime)
                        ? fromDrl(regime, checked, bundled)
                        : new Built(regime, bundled.get().kieBases(Set.of(regime)).get(regime), List.of())))
                .toList();
        List<RuleProblem> problems = built.stream().flatMap(b -> b.problems().stream()).toList();
        Map<Regime, List<String>> filesOnly = new EnumMap<>(Regime.class);
        built.stream().filter(b -> b.filesOnly() != null).forEach(b -> filesOnly.put(b.regime(), b.filesOnly()));
        Map<Regime, KieBase> kieBases = new EnumMap<>(Regime.class);
        built.forEach(b -> kieBases.put(b.regime(), b.kieBase()));
        Compilation compilation;
        if (!problems.isEmpty()) {
            compilation = new Compilation(null, problems, 0);
        } else if (build) {
            compilation = of(kieBases, checked);
        } else {
            SortedSet<String> names = ruleNames(kieBases);
            Set<Regime> notBuilt = EnumSet.allOf(Regime.class);
            notBuilt.removeAll(kieBases.keySet());
            bundled.ifPresent(b -> names.addAll(b.ruleNames(notBuilt)));
            compilation = new Compilation(null, compiledProblems(kieBases, checked, names), names.size());
        }
        return logged(new Compilation(compilation.rules(), compilation.problems(), compilation.ruleCount(), fromDrl,
                filesOnly), files, start);
    }

    /**
     * A regime's rule base, or the problems that kept it from being built (then its rule base is null), and the files
     * compiled when only its changed files were (null otherwise).
     */
    private record Built(Regime regime, KieBase kieBase, List<RuleProblem> problems, List<String> filesOnly) {
        Built(Regime regime, KieBase kieBase, List<RuleProblem> problems) {
            this(regime, kieBase, problems, null);
        }
    }

    /**
     * The regime's rule base compiled from its checked sources' DRL: only the files that differ from the bundled ones
     * when that can be done ({@link EditedRegime}), else the whole regime.
     */
    private static Built fromDrl(Regime regime, CheckedRules checked, Optional<BundledRules> bundled) {
        Optional<EditedRegime.Compiled> edited = bundled.flatMap(b -> EditedRegime.compile(regime, checked, b));
        if (edited.isPresent()) {
            return new Built(regime, edited.get().kieBase(), List.of(), edited.get().files());
        }
        return fromDrl(regime, checked);
    }

    /** The regime's rule base compiled whole from its checked sources' DRL. */
    private static Built fromDrl(Regime regime, CheckedRules checked) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, RuleBases.class.getClassLoader()));
        CompositeKnowledgeBuilder batch = builder.batch();
        for (RuleSource source : checked.sources(regime)) {
            Resource resource = KieServices.get().getResources().newByteArrayResource(source.drl().getBytes(UTF_8))
                    .setSourcePath(source.kiePath());
            batch.add(resource, ResourceType.DRL);
        }
        batch.build();
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            int[] lines = error.getLines();
            problems.add(checked.problem(error.getResource() == null ? null : error.getResource().getSourcePath(),
                    lines.length > 0 ? lines[0] : 0, error.getMessage()));
        }
        return new Built(regime, problems.isEmpty() ? builder.newKieBase() : null, problems);
    }

    private static Compilation logged(Compilation compilation, List<RuleFile> files, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (compilation.ok()) {
            int fromDrl = compilation.fromDrl().size();
            LOG.info("compiled {} rules from {} files in {} ms: {} regime(s) compiled from DRL{}{}, {} reused as the "
                    + "build compiled them", compilation.ruleCount(), files.size(), millis, fromDrl,
                    fromDrl == 0 ? "" : " " + compilation.fromDrl(), compilation.filesOnly().isEmpty() ? ""
                            : " (of which only these files, onto the build's model: " + compilation.filesOnly() + ")",
                    Regime.values().length - fromDrl);
        } else {
            LOG.info("rule files not compiled: {} problem(s) in {} ms, the first {}", compilation.problems().size(),
                    millis, compilation.problems().get(0));
        }
        return compilation;
    }

    /**
     * The compiled rule bases of checked files, checked in turn: every rule cites its rulebook IDs ({@code @id},
     * written as {@link RuleId}s), its seed and its section, and the rule set has rules.
     */
    public static Compilation of(Map<Regime, KieBase> kieBases, CheckedRules checked) {
        SortedSet<String> names = ruleNames(kieBases);
        List<RuleProblem> problems = compiledProblems(kieBases, checked, names);
        if (!problems.isEmpty()) {
            return new Compilation(null, problems, names.size());
        }
        RuleSetContents contents = checked.contents();
        return new Compilation(new RuleBases(kieBases, checked.calendars(), checked.flags(), names, () -> contents),
                List.of(), names.size());
    }

    /** The problems of compiled rules: a rule of these rule bases without its citations, or no rule in {@code names}. */
    private static List<RuleProblem> compiledProblems(Map<Regime, KieBase> kieBases, CheckedRules checked,
            SortedSet<String> names) {
        List<RuleProblem> problems = new ArrayList<>();
        SortedSet<String> seen = new TreeSet<>();
        for (KieBase kieBase : kieBases.values()) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    if (seen.add(name(rule))) {
                        problems.addAll(citationProblems(checked, pkg.getName(), rule));
                    }
                }
            }
        }
        if (names.isEmpty()) {
            problems.add(new RuleProblem("", 0, "the rule set has no rules"));
        }
        return problems;
    }

    private static List<RuleProblem> citationProblems(CheckedRules checked, String pkg, Rule rule) {
        List<RuleProblem> problems = new ArrayList<>();
        for (String key : Explanations.CITATION_KEYS) {
            if (!(rule.getMetaData().get(key) instanceof String value) || value.isBlank()) {
                problems.add(checked.locate(pkg, rule.getName(), "rule \"" + rule.getName() + "\" has no @" + key
                        + "(...): every rule cites its rulebook ID, seed and section"));
            }
        }
        if (problems.isEmpty()) {
            for (String id : Explanations.ids(rule.getMetaData())) {
                try {
                    RuleId.of(id);
                } catch (IllegalArgumentException e) {
                    problems.add(checked.locate(pkg, rule.getName(), "rule \"" + rule.getName() + "\" cites @id(\""
                            + rule.getMetaData().get("id") + "\"): " + e.getMessage()));
                }
            }
        }
        return problems;
    }

    /** Every rule's name ({@link #name}): a rule shared by several regimes' rule bases counts once. */
    static SortedSet<String> ruleNames(Map<Regime, KieBase> kieBases) {
        SortedSet<String> names = new TreeSet<>();
        for (KieBase kieBase : kieBases.values()) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    names.add(name(rule));
                }
            }
        }
        return names;
    }

    /** A rule's name as {@link #ruleNames()} gives it: {@code package/rule name}. */
    public static String name(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    /** The rule base that decides the cases of a regime. */
    public KieBase kieBase(Regime regime) {
        return kieBases.get(regime);
    }

    /** What the rules of a regime cite. */
    public Explanations explanations(Regime regime) {
        return explanations.get(regime);
    }

    public Calendars calendars() {
        return calendars;
    }

    /** The flags the rule set declares, with what each tells. */
    public SortedMap<Flag, String> flags() {
        return flags;
    }

    /** The declared flags, as an immutable set. */
    public Set<Flag> flagSet() {
        return flagSet;
    }

    /** The declared flags by name, as the rules raise them. */
    public Map<String, Flag> flagsByName() {
        return flagsByName;
    }

    /** The name of every rule, {@code package/rule name}. */
    public SortedSet<String> ruleNames() {
        return ruleNames;
    }

    public int ruleCount() {
        return ruleNames.size();
    }

    /**
     * A problem for each regime folder, decision table or template data file, and calendar these rules have and
     * {@code next} lacks: what a reload may not drop unless told to.
     */
    public List<RuleProblem> droppedBy(RuleBases next) {
        return contents().droppedBy(next.contents());
    }

    private RuleSetContents contents() {
        RuleSetContents made = contents;
        if (made == null) {
            made = contentsOf.get();
            contents = made;
        }
        return made;
    }
}
