package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * Build tool, run by this module's build before packaging: compiles the bundled rule files into a KIE module
 * holding their Drools executable model, and writes it where {@link ExecutableModel} loads it. Lives in the test
 * sources because writing a module out takes Drools internals, which the library itself never uses.
 *
 * <p>Usage: {@code ExecutableModelWriter OUTPUT_DIRECTORY} (the module's class output).
 */
public final class ExecutableModelWriter {
    private ExecutableModelWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path kjar = Path.of(args[0]).resolve(ExecutableModel.RESOURCE);
        byte[] bytes = compile(RuleFile.bundled());
        Files.createDirectories(kjar.getParent());
        Files.write(kjar, bytes);
        System.out.println("executable model of the bundled rules: " + kjar + " (" + bytes.length + " bytes)");
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
        return stored(bytes);
    }

    /**
     * The module with its entries stored, not compressed: Drools reads a module given as bytes one byte at a time,
     * and an uncompressed entry costs about half as much to read that way. The jar it ships in compresses it.
     */
    static byte[] stored(byte[] kjar) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(kjar.length * 2);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(content);
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                copy.setSize(content.length);
                copy.setCompressedSize(content.length);
                copy.setCrc(crc.getValue());
                zip.putNextEntry(copy);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
