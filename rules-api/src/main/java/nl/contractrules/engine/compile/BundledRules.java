package nl.contractrules.engine.compile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.time.Calendars;
import org.apiguardian.api.API;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build compiled them: the classes of the Drools executable model of the bundled rule
 * files, so that the bundled rules load classes instead of compiling DRL at run time. The build writes them from
 * the same files {@link RuleFile#bundled()} reads, through the same checks as any rule set ({@link CheckedRules},
 * {@link RuleBases#of}), with an index naming each package's model class; each regime's rule base is built from the
 * models of its folders ({@link KieBaseBuilder}, the executable model's own way to make a rule base of models). An
 * edited rule set compiles from DRL only the regimes whose sources differ from the bundled ones: the build writes a
 * digest of each regime's sources beside the model ({@value #DIGESTS}), and the rule bases of the other regimes are
 * built from the model ({@link RuleBases#compile}).
 */
@API(status = INTERNAL, since = "0.1")
public final class BundledRules {
    /** Where the build puts the model's classes on the class path. */
    public static final String RESOURCE = "nl/contractrules/engine/bundled-rules.jar";
    /** The entry of {@link #RESOURCE} naming each package's model class ({@code package=class} lines). */
    public static final String INDEX = "models.properties";
    /**
     * The entry of {@link #RESOURCE} listing every rule as {@code package/rule name}, a line each, in the rule set's
     * order ({@link CheckedRules#ruleOrder()}): the rule bases take each package's rules in this order, so that rules
     * that could fire at the same moment fire in the order they do when the files are compiled from DRL.
     */
    public static final String ORDER = "rule-order.txt";
    /**
     * The entry of {@link #RESOURCE} holding, per regime, the digest of its files ({@code REGIME.files}, {@link
     * CheckedRules#fileDigest}), of its checked sources ({@code REGIME.sources}, {@link CheckedRules#digest}), the
     * flags its rules raise ({@code REGIME.raises}), the digest of its sources' outline ({@code REGIME.outline},
     * {@link CheckedRules#outline}), each source's part ({@code REGIME.part.0}, …, {@link CheckedRules.Part}) and
     * each function's and type's digest ({@code REGIME.function.kpneen.calamity}, {@link
     * CheckedRules#declarationDigests}): an edited rule set takes the rule base of each regime whose sources are
     * unchanged from the model instead of compiling it, compiles only the sources that changed of a regime whose
     * outline did not ({@link EditedRegime}), and does not read again the files of a regime whose files are unchanged.
     */
    public static final String DIGESTS = "digests.properties";
    private static final Logger LOG = LoggerFactory.getLogger(RuleBases.LOG_NAME);

    /** Defines the model's classes. */
    private final ModelClassLoader loader;
    /** The model class of each package ({@value #INDEX}). */
    private final Properties index;
    /** Each rule's place in the rule set's order ({@value #ORDER}), by {@code package/rule name}. */
    private final Map<String, Integer> rank = new HashMap<>();
    /** What the build wrote of each regime ({@value #DIGESTS}). */
    private final Map<Regime, Digests> digests;
    /** The rule bases built so far ({@link #kieBases}). */
    private final Map<Regime, KieBase> built = new ConcurrentHashMap<>();

    /**
     * What the build wrote of a regime: the digest of its files ({@link CheckedRules#fileDigest}), of its checked
     * sources ({@link CheckedRules#digest}), what its rules raise, the digest of its sources' outline ({@link
     * CheckedRules#outline}), its sources' parts ({@link CheckedRules#parts}) and its functions' and types' digests
     * ({@link CheckedRules#declarationDigests}).
     */
    record Digests(String files, String sources, DeclaredFlags.Raised raised, String outline,
            List<CheckedRules.Part> parts, Map<String, String> declarations) {
    }

    private BundledRules(Properties index, List<String> order, Properties written) {
        loader = new ModelClassLoader(BundledRules.class.getClassLoader());
        this.index = index;
        order.forEach(name -> rank.putIfAbsent(name, rank.size()));
        digests = new EnumMap<>(Regime.class);
        for (Regime regime : Regime.values()) {
            List<CheckedRules.Part> parts = new ArrayList<>();
            for (String part; (part = written.getProperty(regime + ".part." + parts.size())) != null; ) {
                parts.add(CheckedRules.Part.parse(part));
            }
            String prefix = regime + ".";
            Map<String, String> declarations = new HashMap<>();
            written.stringPropertyNames().stream().filter(key -> key.startsWith(prefix + CheckedRules.FUNCTION)
                    || key.startsWith(prefix + CheckedRules.TYPE))
                    .forEach(key -> declarations.put(key.substring(prefix.length()), written.getProperty(key)));
            digests.put(regime, new Digests(written.getProperty(regime + ".files"),
                    written.getProperty(regime + ".sources"),
                    DeclaredFlags.Raised.parse(written.getProperty(regime + ".raises", "")),
                    written.getProperty(regime + ".outline", ""), List.copyOf(parts), Map.copyOf(declarations)));
        }
    }

    /** The text of {@value #DIGESTS} for the bundled rule files and their check, as the build writes it. */
    public static String digests(List<RuleFile> files, CheckedRules checked) {
        StringBuilder text = new StringBuilder();
        for (Regime regime : Regime.values()) {
            text.append(regime).append(".files=").append(CheckedRules.fileDigest(regime, files)).append('\n')
                    .append(regime).append(".sources=").append(checked.digest(regime)).append('\n')
                    .append(regime).append(".raises=").append(checked.raised(regime).text()).append('\n')
                    .append(regime).append(".outline=").append(checked.outline(regime)).append('\n');
            Properties lines = new Properties();
            List<CheckedRules.Part> parts = checked.parts(regime);
            for (int i = 0; i < parts.size(); i++) {
                lines.setProperty(regime + ".part." + i, parts.get(i).text());
            }
            checked.declarationDigests(regime).forEach((key, digest) -> lines.setProperty(regime + "." + key, digest));
            StringWriter written = new StringWriter();
            try {
                lines.store(written, null);
            } catch (IOException e) {
                throw new UncheckedIOException("a string takes every line", e);
            }
            written.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                    .forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }

    /** The bundled rules compiled by the build; empty when the class path has no such classes (a build without). */
    public static Optional<RuleBases> load() {
        long start = System.nanoTime();
        Optional<BundledRules> bundled = read();
        if (bundled.isEmpty()) {
            return Optional.empty();
        }
        Map<Regime, KieBase> kieBases = bundled.get().kieBases(EnumSet.allOf(Regime.class));
        Calendars calendars = Calendars.parse(bundledText(RuleFile.CALENDARS));
        RuleBases rules = new RuleBases(kieBases, calendars, DeclaredFlags.of(List.of(new RuleFile(RuleFile.FLAGS,
                bundledText(RuleFile.FLAGS).getBytes(UTF_8)))).flags(), RuleBases.ruleNames(kieBases),
                () -> RuleSetContents.of(CheckedRules.ruleFiles(RuleFile.bundled()), calendars));
        LOG.info("loaded {} bundled rules compiled by the build in {} ms", rules.ruleCount(),
                (System.nanoTime() - start) / 1_000_000);
        return Optional.of(rules);
    }

    /**
     * The executable model as {@link #read} gives it, but read once per class loader of this class and shared, with
     * each regime's rule base built on first use ({@link #kieBases}) and shared too: an edited rule set compiled
     * again in the same program (a reload, {@code check --watch}) builds the rule base of a regime it left alone
     * once, not on every compile.
     */
    static Optional<BundledRules> shared() {
        return Shared.BUNDLED;
    }

    /** The shared executable model, read when first asked for. */
    private static final class Shared {
        static final Optional<BundledRules> BUNDLED = read();
    }

    /**
     * The executable model the build wrote, its index, rule order and digests read, its classes not yet (they are
     * read on the first rule base built); empty when the class path has none (a build without).
     */
    static Optional<BundledRules> read() {
        Properties index = new Properties();
        List<String> order = new ArrayList<>();
        Properties digests = new Properties();
        InputStream resource = BundledRules.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (resource == null) {
            return Optional.empty();
        }
        try (ZipInputStream in = new ZipInputStream(resource)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null && !isClass(entry); entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), UTF_8);
                switch (entry.getName()) {
                    case INDEX -> index.load(new StringReader(text));
                    case ORDER -> order.addAll(text.lines().toList());
                    case DIGESTS -> digests.load(new StringReader(text));
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rules " + RESOURCE, e);
        }
        if (index.isEmpty() || order.isEmpty() || digests.isEmpty()) {
            throw new IllegalStateException("the bundled rules " + RESOURCE + " do not begin with " + INDEX + ", "
                    + ORDER + " and " + DIGESTS + ": a build of another version? Build again");
        }
        return Optional.of(new BundledRules(index, order, digests));
    }

    private static boolean isClass(ZipEntry entry) {
        return entry.getName().endsWith(".class");
    }

    /**
     * What the build wrote of each regime: a rule set whose files of a regime have the same digest is not read
     * again for it, and one whose sources of a regime have the same digest gets that regime's rule base from the
     * model.
     */
    Map<Regime, Digests> digests() {
        return digests;
    }

    /**
     * The name of every rule of the given regimes' rule bases ({@code package/rule name}), as the build listed them
     * ({@value #ORDER}), without building the rule bases.
     */
    SortedSet<String> ruleNames(Set<Regime> regimes) {
        Set<String> folders = new HashSet<>();
        regimes.forEach(regime -> folders.addAll(regime.ruleFolders()));
        return rank.keySet().stream().filter(name -> folders.contains(name.substring(0, name.indexOf('/'))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The rule bases of the given regimes, each built from the models of its folders the first time it is asked for,
     * and the same rule base every time after: a rule base is thread-safe, and these are never changed.
     */
    Map<Regime, KieBase> kieBases(Set<Regime> regimes) {
        Map<Regime, KieBase> kieBases = new EnumMap<>(Regime.class);
        for (Regime regime : regimes) {
            kieBases.put(regime, built.computeIfAbsent(regime, this::build));
        }
        return kieBases;
    }

    /**
     * A new rule base of the regime from the model, shared with no one: {@link EditedRegime} takes rules out of it
     * and compiles an edited regime's changed sources onto it.
     */
    KieBase newKieBase(Regime regime) {
        return build(regime);
    }

    /** The model class of a package, whose static methods are the package's functions; null for none. */
    String modelClass(String pkg) {
        return index.getProperty(pkg);
    }

    /** The names of a package's rules in the rule set's order ({@value #ORDER}). */
    List<String> ruleNames(String pkg) {
        String prefix = pkg + "/";
        return rank.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .sorted(Map.Entry.comparingByValue()).map(e -> e.getKey().substring(prefix.length())).toList();
    }

    /** The class loader of the model's classes, which also gives their bytes as resources to a Java compiler. */
    ClassLoader classLoader() {
        return loader;
    }

    private KieBase build(Regime regime) {
        List<Model> models = new ArrayList<>();
        for (String folder : regime.ruleFolders()) {
            models.add(inOrder(loader.model(folder, index), rank));
        }
        return KieBaseBuilder.createKieBaseFromModel(models, KieServices.get().newKieBaseConfiguration(null, loader));
    }

    /**
     * Defines the model's classes from the bytes the build wrote, each on its first use, and gives their bytes as
     * resources ({@code kpneen/RepairDeadline.class}): the Java compiler reads the types it compiles against that
     * way when an edited regime's sources are compiled onto the model ({@link EditedRegime}).
     */
    private static final class ModelClassLoader extends ClassLoader {
        /** The scheme of the URLs of the classes' bytes as resources: they are in memory. */
        private static final String SCHEME = "contract-rules-model";

        static {
            registerAsParallelCapable();
        }

        /** The classes' bytes, by binary name, read from the jar on first use (2.4 MB for the bundled rules). */
        private volatile Map<String, byte[]> classes;
        private final Object reading = new Object();
        /** Opens the URL of a class's bytes ({@link #findResource}). */
        private final URLStreamHandler bytes = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL url) throws IOException {
                byte[] found = classes().get(url.getPath());
                if (found == null) {
                    throw new FileNotFoundException(url.toString());
                }
                return new URLConnection(url) {
                    @Override
                    public void connect() {
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(found);
                    }
                };
            }
        };

        ModelClassLoader(ClassLoader parent) {
            super(parent);
        }

        private Map<String, byte[]> classes() {
            Map<String, byte[]> read = classes;
            if (read == null) {
                synchronized (reading) {
                    read = classes;
                    if (read == null) {
                        read = readClasses();
                        classes = read;
                    }
                }
            }
            return read;
        }

        /** The classes of the jar the build wrote. */
        private static Map<String, byte[]> readClasses() {
            Map<String, byte[]> classes = new ConcurrentHashMap<>();
            InputStream resource = BundledRules.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (resource == null) {
                throw new IllegalStateException("the bundled rules " + RESOURCE + " are gone from the class path");
            }
            try (ZipInputStream in = new ZipInputStream(resource)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName();
                    if (isClass(entry)) {
                        classes.put(name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                                in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled rules " + RESOURCE, e);
            }
            return classes;
        }

        /** A new instance of the package's model class. */
        Model model(String pkg, Properties index) {
            String name = index.getProperty(pkg);
            if (name == null) {
                throw new IllegalStateException("the bundled rules have no model of the rule folder " + pkg);
            }
            try {
                return (Model) loadClass(name).getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
                throw new IllegalStateException("cannot load the bundled model " + name + ": " + cause, cause);
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] found = classes().get(name);
            if (found == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, found, 0, found.length);
        }

        @Override
        protected URL findResource(String name) {
            if (!name.endsWith(".class")) {
                return null;
            }
            String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            if (!classes().containsKey(binary)) {
                return null;
            }
            try {
                return new URL(SCHEME, null, -1, binary, bytes);
            } catch (MalformedURLException e) {
                throw new IllegalStateException("a class name is a URL's path: " + binary, e);
            }
        }
    }

    /**
     * The model with its rules in the rule set's order ({@code rank} of {@code package/rule name}), which is the
     * order a rule base takes them in: rules that could fire at the same moment then fire in the order they do when
     * the files are compiled from DRL. The executable model's own order is its compiler's.
     */
    private static Model inOrder(Model model, Map<String, Integer> rank) {
        List<Rule> rules = new ArrayList<>(model.getRules());
        rules.sort(Comparator.comparingInt(rule -> rank.getOrDefault(rule.getPackage() + "/" + rule.getName(),
                Integer.MAX_VALUE)));
        return new Model() {
            @Override
            public String getName() {
                return model.getName();
            }

            @Override
            public String getPackageName() {
                return model.getPackageName();
            }

            @Override
            public List<Global> getGlobals() {
                return model.getGlobals();
            }

            @Override
            public List<Rule> getRules() {
                return rules;
            }

            @Override
            public List<Query> getQueries() {
                return model.getQueries();
            }

            @Override
            public List<TypeMetaData> getTypeMetaDatas() {
                return model.getTypeMetaDatas();
            }

            @Override
            public List<EntryPoint> getEntryPoints() {
                return model.getEntryPoints();
            }
        };
    }

    /** A file of the bundled rule set, read from the class path. */
    private static String bundledText(String file) {
        String path = RuleFile.BUNDLED_ROOT + "/" + file;
        try (InputStream in = BundledRules.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled rule file not found on the class path: " + path);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rule file " + path, e);
        }
    }
}
