package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    static byte[] compile(List<RuleFile> files) {
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
}
