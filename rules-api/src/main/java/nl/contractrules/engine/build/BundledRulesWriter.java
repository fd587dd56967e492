package nl.contractrules.engine.build;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.contractrules.engine.compile.BundledRules;
import nl.contractrules.engine.compile.CheckedRules;
import nl.contractrules.engine.compile.RuleBases;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleProblem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Build step of rules-api, run before the jar is packaged: compiles the bundled rule files into their Drools
 * executable model through the same checks as any rule set ({@link CheckedRules}, and {@link RuleBases#of} on the
 * compiled rules), and writes the model's classes with an index of its model classes where {@link BundledRules}
 * loads them. Fails the build, listing every problem at its file and line, when the bundled rules have one.
 *
 * <p>Not part of the library: the jar leaves this package out, because taking the compiled classes out of the KIE
 * module takes a Drools internal class ({@link InternalKieModule#getBytes()}); the public KIE API has no way to get
 * a module's bytes.
 *
 * <p>Usage: {@code BundledRulesWriter OUTPUT_DIRECTORY} (the module's class output, which holds the bundled rule
 * files as resources of its dependency rules-drl on the class path).
 */
public final class BundledRulesWriter {
    /** The executable model's list of its model classes, in a KIE module, and its first line. */
    private static final String DROOLS_MODEL = "drools-model";
    private static final String DROOLS_MODEL_VERSION = "Drools-Model-Version";
    /** The entries' time, fixed so that the same rules give the same bytes. */
    private static final long FIXED_TIME = 1_735_689_600_000L;

    private BundledRulesWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).resolve(BundledRules.RESOURCE);
        List<RuleFile> files = RuleFile.bundled();
        List<RuleProblem> problems = new ArrayList<>();
        byte[] bytes = compile(files, problems);
        if (bytes == null) {
            System.err.println("the bundled rules do not compile as an executable model:");
            problems.forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        CheckedRules checked = CheckedRules.check(files);
        bytes = modelClasses(bytes, checked.ruleOrder(), BundledRules.digests(files, checked));
        Files.createDirectories(jar.getParent());
        Files.write(jar, bytes);
        System.out.println("executable model of the bundled rules: " + jar + " (" + bytes.length + " bytes)");
    }

    /**
     * The KIE module of the rule files as an executable model, with a rule base per regime, after the checks every
     * rule set passes; null, with the problems added, when there is one.
     */
    static byte[] compile(List<RuleFile> files, List<RuleProblem> problems) {
        CheckedRules checked = CheckedRules.check(files);
        if (!checked.ok()) {
            problems.addAll(checked.problems());
            return null;
        }
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.contractrules", "bundled-rules", "1.0");
        kfs.generateAndWritePomXML(releaseId);
        checked.writeTo(kfs);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(checked.problem(m.getPath(), m.getLine(), m.getText()));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            KieContainer container = ks.newKieContainer(releaseId);
            Map<Regime, KieBase> kieBases = new EnumMap<>(Regime.class);
            for (Regime regime : Regime.values()) {
                kieBases.put(regime, container.getKieBase(regime.name()));
            }
            RuleBases.Compilation compilation = RuleBases.of(kieBases, checked);
            if (!compilation.ok()) {
                problems.addAll(compilation.problems());
                return null;
            }
            return ((InternalKieModule) builder.getKieModule()).getBytes();
        } finally {
            ks.getRepository().removeKieModule(releaseId);
        }
    }

    /**
     * What {@link BundledRules} loads from a KIE module: its classes, {@value BundledRules#INDEX} naming each
     * package's model class (from the module's own list of them), {@value BundledRules#ORDER}, the rules in the
     * rule set's order, and {@value BundledRules#DIGESTS}, the digests of each regime's files and sources. These three
     * come first, so that what compares a rule set with the bundled one reads them without the classes. The entries
     * are stored, not compressed: the jar they ship in compresses them.
     */
    static byte[] modelClasses(byte[] kjar, List<String> ruleOrder, String digests) throws IOException {
        SortedMap<String, String> index = new TreeMap<>();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().endsWith("/" + DROOLS_MODEL)) {
                    for (String line : new String(content, UTF_8).split("\n")) {
                        String model = line.strip();
                        if (!model.isEmpty() && !model.startsWith(DROOLS_MODEL_VERSION)) {
                            index.put(model.substring(0, model.lastIndexOf('.')), model);
                        }
                    }
                } else if (entry.getName().endsWith(".class")) {
                    classes.put(entry.getName(), content);
                }
            }
        }
        if (index.isEmpty()) {
            throw new IllegalStateException("the module lists no model classes (" + DROOLS_MODEL + ")");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(kjar.length * 2);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.STORED);
            StringBuilder text = new StringBuilder();
            index.forEach((pkg, model) -> text.append(pkg).append('=').append(model).append('\n'));
            store(zip, BundledRules.INDEX, text.toString().getBytes(UTF_8));
            store(zip, BundledRules.ORDER, (String.join("\n", ruleOrder) + "\n").getBytes(UTF_8));
            store(zip, BundledRules.DIGESTS, digests.getBytes(UTF_8));
            for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
                store(zip, entry.getKey(), entry.getValue());
            }
        }
        return out.toByteArray();
    }

    private static void store(ZipOutputStream zip, String name, byte[] content) throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
