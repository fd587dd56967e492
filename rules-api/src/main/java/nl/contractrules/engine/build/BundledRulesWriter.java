package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build tool, run by this module's build before packaging: compiles the bundled rule files into their Drools
 * executable model (a KIE module), and writes its classes with an index of the model classes where
 * {@link ExecutableModel} loads them. Lives in the test sources because getting a module's bytes takes a Drools
 * internal class, which the library itself never uses.
 *
 * <p>Usage: {@code ExecutableModelWriter OUTPUT_DIRECTORY} (the module's class output).
 */
public final class ExecutableModelWriter {
    /** The executable model's list of its model classes, in a KIE module, and its first line. */
    private static final String DROOLS_MODEL = "drools-model";
    private static final String DROOLS_MODEL_VERSION = "Drools-Model-Version";
    /** The entries' time, fixed so that the same rules give the same bytes. */
    private static final long FIXED_TIME = 1_735_689_600_000L;

    private ExecutableModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).resolve(ExecutableModel.RESOURCE);
        byte[] bytes = modelClasses(compile(RuleFile.bundled()));
        Files.createDirectories(jar.getParent());
        Files.write(jar, bytes);
        System.out.println("executable model of the bundled rules: " + jar + " (" + bytes.length + " bytes)");
    }

    /** The KIE module of the rule files as an executable model, with the rule base layout of {@link CompiledRules}. */
    static byte[] compile(List<RuleFile> files) throws IOException {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.contractrules", "bundled-rules", "1.0");
        kfs.generateAndWritePomXML(releaseId);
        kfs.writeKModuleXML(CompiledRules.kieModule(ks).toXML());
        List<RuleSource> sources = new ArrayList<>();
        for (RuleFile file : files) {
            if (CompiledRules.isRuleFile(file.path())) {
                sources.add(RuleSource.of(file));
            }
        }
        List<RuleProblem> problems = new ArrayList<>();
        sources.addAll(RuleTemplates.expand(files, problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the bundled rule templates do not expand: " + problems);
        }
        for (RuleSource source : sources) {
            kfs.write("src/main/resources/" + source.kiePath(), source.drl().getBytes(UTF_8));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the bundled rules do not compile as an executable model: " + errors);
        }
        byte[] bytes = ((InternalKieModule) builder.getKieModule()).getBytes();
        ks.getRepository().removeKieModule(releaseId);
        return bytes;
    }

    /**
     * What {@link ExecutableModel} loads from a KIE module: its classes, and {@value ExecutableModel#INDEX} naming
     * each package's model class (from the module's own list of them). The entries are stored, not compressed: the
     * jar they ship in compresses them.
     */
    static byte[] modelClasses(byte[] kjar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(kjar.length * 2);
        SortedMap<String, String> index = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.STORED);
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
                    store(zip, entry.getName(), content);
                }
            }
            if (index.isEmpty()) {
                throw new IllegalStateException("the module lists no model classes (" + DROOLS_MODEL + ")");
            }
            StringBuilder text = new StringBuilder();
            index.forEach((pkg, model) -> text.append(pkg).append('=').append(model).append('\n'));
            store(zip, ExecutableModel.INDEX, text.toString().getBytes(UTF_8));
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
