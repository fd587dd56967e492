package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.contractrules.engine.compile.LibraryContext.inLibraryContext;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.contractrules.model.Flag;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.model.RuleProblem;
import nl.contractrules.time.Calendars;
import org.apiguardian.api.API;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;

/**
 * The first step of compiling a rule set: its files read as DRL and checked before any compiler sees them. Decision
 * tables are converted to DRL and rule templates expanded ({@link RuleSource}, {@link RuleTemplates}); every file is
 * parsed; then the guard rails ({@link RuleGuard}), duplicate rule names, where each file sits against the regimes'
 * rule bases, the globals the engine sets, the calendars and the declared flags are checked. Every problem is at
 * its file and line. What passes goes to a compiler, DRL ({@link RuleBases#compile}) or the build's executable
 * model, which both finish with the same checks of the compiled rules ({@link RuleBases#of}).
 */
@API(status = INTERNAL, since = "0.1")
public final class CheckedRules {
    /** Where sources go in a KIE file system. */
    private static final String SOURCE_ROOT = "src/main/resources/";
    /** The global on which rules write their conclusions, and the one through which they do calendar arithmetic. */
    public static final String ANSWER = "answer";
    public static final String TIME = "time";
    /** The start of a function's key in {@link #declarationDigests}. */
    static final String FUNCTION = "function.";
    /** The start of a type's key in {@link #declarationDigests}. */
    static final String TYPE = "type.";
    /** The globals the engine sets on every evaluation, and their types. */
    private static final Map<String, String> GLOBAL_TYPES = Map.of(ANSWER, "nl.contractrules.rulesupport.Answer",
            TIME, "nl.contractrules.time.BusinessTime");
    /** The top-level folders some regime's rule base is built from, sorted. */
    private static final Set<String> RULE_FOLDERS = Arrays.stream(Regime.values())
            .flatMap(r -> r.ruleFolders().stream()).collect(Collectors.toCollection(TreeSet::new));
    /**
     * Java compiler messages about a consequence, and the name they are about: Drools places them at the rule's
     * first line, so the name in the text is what finds the consequence's line.
     */
    private static final Pattern NAMED_IN_MESSAGE = Pattern.compile(
            "The (?:method|constructor) (\\w+)\\(|(\\w+) cannot be resolved|The field (?:\\w+\\.)*(\\w+) is");
    /**
     * A constraint the compiler could not analyse: in a decision table's generated DRL Drools reports it without a
     * line, so it is placed where the constraint is written.
     */
    private static final Pattern UNANALYSED = Pattern.compile("^Unable to Analyse Expression (.+?): \\[Error");

    private final List<RuleFile> files;
    private final List<RuleSource> sources;
    private final Calendars calendars;
    private final SortedMap<Flag, String> flags;
    private final List<RuleProblem> problems;
    /** The sources by where they go in a KIE file system (also the source path a compiler message names). */
    private final Map<String, RuleSource> byKiePath = new HashMap<>();
    /** The regimes whose files were not read: they are the bundled ones, which the build checked. */
    private final Set<Regime> unread;

    private CheckedRules(List<RuleFile> files, Set<Regime> unread, List<RuleSource> sources, Calendars calendars,
            SortedMap<Flag, String> flags, List<RuleProblem> problems) {
        this.files = files;
        this.unread = unread;
        this.sources = sources;
        this.calendars = calendars;
        this.flags = flags;
        this.problems = problems.stream().distinct().toList();
        sources.forEach(source -> byKiePath.put(source.kiePath(), source));
    }

    /**
     * The files checked. A file that does not parse, a guard-rail violation or a duplicate rule name stops the
     * checks there: compiling would only echo it, or report what follows from it (a file that does not parse takes
     * its declared types with it).
     */
    public static CheckedRules check(List<RuleFile> files) {
        return check(files, Map.of());
    }

    /**
     * The files checked as {@link #check(List)} does, except the files of the regimes {@code unchanged}, which are
     * not read: a regime whose files have the {@link #fileDigest} of the bundled ones is the bundled regime, which
     * the build checked, and what its rules raise ({@link DeclaredFlags.Raised}) is given. Its rule base is taken
     * from the build; {@link #sources(Regime)} has none of it.
     */
    static CheckedRules check(List<RuleFile> files, Map<Regime, DeclaredFlags.Raised> unchanged) {
        Set<String> unreadFolders = new TreeSet<>();
        unchanged.keySet().forEach(regime -> unreadFolders.addAll(regime.ruleFolders()));
        Arrays.stream(Regime.values()).filter(regime -> !unchanged.containsKey(regime))
                .forEach(regime -> unreadFolders.removeAll(regime.ruleFolders()));
        Predicate<RuleFile> unread = file -> unreadFolders.contains(folder(file.path()));
        List<RuleProblem> problems = new ArrayList<>();
        Calendars calendars = null;
        List<RuleSource> sources = new ArrayList<>();
        boolean unparsed = false;
        List<Read> read = files.parallelStream().filter(unread.negate()).map(inLibraryContext(CheckedRules::read))
                .toList();
        for (Read file : read) {
            calendars = file.calendars() != null ? file.calendars() : calendars;
            if (file.source() != null) {
                sources.add(file.source());
            }
            problems.addAll(file.problems());
            unparsed |= file.unparsed();
        }
        List<RuleProblem> expansion = new ArrayList<>();
        sources.addAll(RuleTemplates.expand(files, unread, expansion));
        problems.addAll(expansion);
        unparsed |= !expansion.isEmpty();
        if (files.stream().noneMatch(f -> f.path().equals(RuleFile.CALENDARS))) {
            problems.add(new RuleProblem(RuleFile.CALENDARS, 0, "missing: every rule set needs its calendars file"));
        }
        DeclaredFlags declared = DeclaredFlags.of(files);
        problems.addAll(declared.problems());
        List<RuleProblem> refused = new ArrayList<>(RuleGuard.check(sources));
        refused.addAll(duplicates(sources));
        problems.addAll(refused);
        if (!unparsed && refused.isEmpty()) {
            for (RuleSource source : sources) {
                problems.addAll(placement(source));
            }
            problems.addAll(declared.check(sources, unchanged.values().stream()
                    .reduce(DeclaredFlags.Raised.NONE, DeclaredFlags.Raised::plus)));
        }
        return new CheckedRules(List.copyOf(files), Set.copyOf(unchanged.keySet()), sources, calendars,
                declared.flags(), problems);
    }

    /**
     * A file as read on its own: the calendars, a rule file's source, or their problems ({@code unparsed}: a rule
     * file's); nothing for any other file.
     */
    private record Read(Calendars calendars, RuleSource source, List<RuleProblem> problems, boolean unparsed) {
    }

    /** One file read: files are read on several threads, each on its own, and taken in their order. */
    private static Read read(RuleFile file) {
        if (file.path().equals(RuleFile.CALENDARS)) {
            try {
                return new Read(Calendars.parse(new String(file.content(), UTF_8)), null, List.of(), false);
            } catch (IllegalArgumentException e) {
                return new Read(null, null, List.of(new RuleProblem(file.path(), 0, e.getMessage())), false);
            }
        }
        if (isRuleFile(file.path())) {
            try {
                return new Read(null, RuleSource.of(file), List.of(), false);
            } catch (RuleLoadException e) {
                return new Read(null, null, e.problems(), true);
            }
        }
        return new Read(null, null, List.of(), false);
    }

    /** Every problem found; when there is one, nothing may be compiled. */
    public List<RuleProblem> problems() {
        return problems;
    }

    /** Whether the files passed every check and may be compiled. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * Writes the checked sources into a KIE file system with a rule base per regime, named after it, holding its
     * folders' packages (for a compiler that builds a KIE module, as the build's executable model does).
     */
    public void writeTo(KieFileSystem kfs) {
        requireOk();
        KieServices ks = KieServices.get();
        KieModuleModel module = ks.newKieModuleModel();
        for (Regime regime : Regime.values()) {
            KieBaseModel base = module.newKieBaseModel(regime.name());
            regime.ruleFolders().forEach(base::addPackage);
        }
        kfs.writeKModuleXML(module.toXML());
        for (RuleSource source : sources) {
            kfs.write(SOURCE_ROOT + source.kiePath(), source.drl().getBytes(UTF_8));
        }
    }

    /**
     * A compiler message at the file and line it names ({@code path}: the source's KIE path, with or without the
     * file system's source root), with two refinements where the compiler gives no (precise) line: a constraint it
     * could not analyse is placed where the constraint is written, and a Java compiler error in a consequence, which
     * Drools places at its rule's first line, at the consequence's line that uses the method, constructor, field or
     * variable the message names.
     */
    public RuleProblem problem(String path, int line, String message) {
        String text = RuleSource.oneLine(message);
        String kiePath = path == null ? null : path.startsWith(SOURCE_ROOT) ? path.substring(SOURCE_ROOT.length())
                : path;
        RuleSource source = kiePath == null ? null : byKiePath.get(kiePath);
        if (source == null) {
            return new RuleProblem(path == null ? "" : path, Math.max(line, 0), text);
        }
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

    /**
     * The sources a regime's rule base is compiled from, in the rule set's order: its folders in the regime's
     * order ({@link Regime#ruleFolders()}), each folder's files in the order of the files given (a directory's in
     * path order) and then its expanded templates. Rules that could fire at the same moment fire in this order, on
     * every compile path ({@link #ruleOrder()}).
     */
    List<RuleSource> sources(Regime regime) {
        requireOk();
        if (unread.contains(regime)) {
            throw new IllegalStateException(regime + "'s files were not read: its rules are the build's");
        }
        List<RuleSource> ordered = new ArrayList<>();
        for (String folder : regime.ruleFolders()) {
            sources.stream().filter(s -> s.folder().equals(folder)).forEach(ordered::add);
        }
        return ordered;
    }

    /**
     * What a regime's rule base is compiled from, as a digest (SHA-256, hex): each of its {@link #sources(Regime)}, in
     * order, as its KIE path and DRL text. Two rule sets whose sources of a regime have the same digest compile to the
     * same rule base for it, so an edited rule set takes the rule base of each regime it left unchanged from the
     * build's executable model ({@link BundledRules#DIGESTS}).
     */
    public String digest(Regime regime) {
        MessageDigest digest = sha256();
        for (RuleSource source : sources(regime)) {
            digest.update(source.kiePath().getBytes(UTF_8));
            digest.update((byte) 0);
            digest.update(source.drl().getBytes(UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * One of a regime's {@link #sources(Regime)} as the build records it: its KIE path, its package, the digest
     * (SHA-256, hex) of its DRL and how many rules it has. A regime whose sources have the bundled KIE paths, packages
     * and {@link #outline outline}, and differ in the DRL of some only, is compiled by compiling those onto the build's
     * model ({@link EditedRegime}).
     */
    public record Part(String kiePath, String packageName, String digest, int rules) {
        /** The part as one line of text: digest, rule count, package, KIE path (which may hold spaces). */
        public String text() {
            return digest + " " + rules + " " + (packageName.isEmpty() ? "-" : packageName) + " " + kiePath;
        }

        /** The part {@link #text()} wrote. */
        public static Part parse(String text) {
            String[] words = text.split(" ", 4);
            if (words.length < 4) {
                throw new IllegalArgumentException("not a source's digest, rule count, package and path: " + text);
            }
            return new Part(words[3], words[2].equals("-") ? "" : words[2], words[0], Integer.parseInt(words[1]));
        }
    }

    /** The parts of a regime's {@link #sources(Regime)}, in their order. */
    public List<Part> parts(Regime regime) {
        return sources(regime).stream().map(source -> new Part(source.kiePath(), source.packageName(),
                HexFormat.of().formatHex(sha256().digest(source.drl().getBytes(UTF_8))), source.rules().size()))
                .toList();
    }

    /**
     * The digest (SHA-256, hex) of each function and type a regime's sources declare, as written, by kind, package and
     * name ({@code function.kpneen.calamity}, {@code type.kpneen.RepairDeadline}). A function or type whose digest is
     * the bundled one's is the model's.
     */
    public Map<String, String> declarationDigests(Regime regime) {
        Map<String, String> digests = new TreeMap<>();
        for (RuleSource source : sources(regime)) {
            source.functions().forEach((name, text) -> digests.put(FUNCTION + source.packageName() + "." + name,
                    HexFormat.of().formatHex(sha256().digest(text.getBytes(UTF_8)))));
            source.declaredTypes().forEach((name, text) -> digests.put(TYPE + source.packageName() + "." + name,
                    HexFormat.of().formatHex(sha256().digest(text.getBytes(UTF_8)))));
        }
        return digests;
    }

    /**
     * What a regime's sources declare for their whole package besides rules and types, as a digest (SHA-256, hex) of
     * every source's {@link RuleSource#outline()} lines, sorted: imports, functions' signatures, globals. An edit that
     * changes it changes what every rule of the package may mean, so the regime is compiled whole.
     */
    public String outline(Regime regime) {
        MessageDigest digest = sha256();
        sources(regime).stream().flatMap(source -> source.outline().stream().map(line -> source.packageName() + " "
                + line)).sorted().distinct().forEach(line -> {
                    digest.update(line.getBytes(UTF_8));
                    digest.update((byte) 0);
                });
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What a regime's checks and compile read, as a digest (SHA-256, hex): the rule set's files (rule files, decision
     * tables, templates and their data, the calendars and the flags) outside the other regimes' folders, that is in
     * its own folders, at the top level and in the folders of shared templates, as their paths and bytes, in path
     * order. A regime whose files have the digest of the bundled ones is the bundled regime: it need not be read
     * again ({@link #check(List, Map)}).
     */
    public static String fileDigest(Regime regime, List<RuleFile> files) {
        MessageDigest digest = sha256();
        files.stream().filter(file -> {
            String path = file.path();
            String folder = folder(path);
            return (!RULE_FOLDERS.contains(folder) || regime.ruleFolders().contains(folder)) && (isRuleFile(path)
                    || RuleTemplates.isTemplateOrData(path) || path.equals(RuleFile.CALENDARS)
                    || path.equals(RuleFile.FLAGS));
        }).sorted(Comparator.comparing(RuleFile::path)).forEach(file -> {
            digest.update(file.path().getBytes(UTF_8));
            digest.update((byte) 0);
            digest.update(file.content());
            digest.update((byte) 0);
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What a regime's rules raise ({@link #sources(Regime)}). */
    DeclaredFlags.Raised raised(Regime regime) {
        return DeclaredFlags.Raised.of(sources(regime));
    }

    /** The top-level folder of a rule set's file; empty for a file at the top level. */
    private static String folder(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * Every rule's name ({@code package/rule name}) in the rule set's order: per package, the order in which a
     * regime's rule base built from DRL takes its rules ({@link #sources(Regime)}), which a rule base built from
     * the executable model follows too.
     */
    public List<String> ruleOrder() {
        requireOk();
        List<String> names = new ArrayList<>();
        for (RuleSource source : sources) {
            source.rules().forEach(rule -> names.add(source.packageName() + "/" + rule.name()));
        }
        return names;
    }

    List<RuleSource> sources() {
        return sources;
    }

    Calendars calendars() {
        return calendars;
    }

    SortedMap<Flag, String> flags() {
        return flags;
    }

    /** What the rule set is made of, as a reload compares it with the rules in use. */
    RuleSetContents contents() {
        return RuleSetContents.of(ruleFiles(files), calendars);
    }

    private void requireOk() {
        if (!ok()) {
            throw new IllegalStateException("rule files with problems are not compiled: " + problems);
        }
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

    /** A second rule of the same name in a package, reported where it is declared and naming the first. */
    private static List<RuleProblem> duplicates(List<RuleSource> sources) {
        record Declaration(RuleSource source, int drlLine) {
            int line() {
                return source.line(drlLine);
            }
        }
        Map<String, Declaration> first = new HashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            for (RuleSource.Declared rule : source.rules()) {
                Declaration earlier = first.putIfAbsent(source.packageName() + "\0" + rule.name(),
                        new Declaration(source, rule.drlLine()));
                if (earlier != null) {
                    problems.add(new RuleProblem(source.file(), source.line(rule.drlLine()), "duplicate rule name \""
                            + rule.name() + "\" in package " + source.packageName() + ": first declared at "
                            + earlier.source().file() + ":" + earlier.line()));
                }
            }
        }
        return problems;
    }

    /** The file and line where the rule of that name is declared, for a problem about it. */
    RuleProblem locate(String packageName, String ruleName, String message) {
        for (RuleSource source : sources) {
            for (RuleSource.Declared rule : source.rules()) {
                if (source.packageName().equals(packageName) && rule.name().equals(ruleName)) {
                    return new RuleProblem(source.file(), source.line(rule.drlLine()), message);
                }
            }
        }
        return new RuleProblem("", 0, message);
    }

    static boolean isRuleFile(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".drl") || isTable(path);
    }

    /**
     * Whether the file is a decision table: a {@code .csv}, {@code .xls} or {@code .xlsx} file, other than a rule
     * template's data table ({@code .data.csv}).
     */
    static boolean isTable(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".csv") && !TemplateTable.isTable(path)) || lower.endsWith(".xls")
                || lower.endsWith(".xlsx");
    }

    /** The paths of the files that hold rules: rule files, decision tables, templates and their data. */
    static List<String> ruleFiles(List<RuleFile> files) {
        return files.stream().map(RuleFile::path)
                .filter(p -> isRuleFile(p) || RuleTemplates.isTemplateOrData(p)).toList();
    }
}
