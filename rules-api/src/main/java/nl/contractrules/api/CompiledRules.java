package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.time.Calendars;
import org.drools.compiler.kie.builder.impl.DrlProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * A rule set compiled once: the Drools {@link KieBase} (thread-safe, shared by every evaluation), the
 * calendars, and the number of rules. Compiling checks that every rule cites a rulebook ID with its seed and
 * section, and refuses a rule set with no rules.
 */
final class CompiledRules {
    private static final String SOURCE_ROOT = "src/main/resources/";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
    /** Metadata every rule carries: the rulebook ID it encodes, and where the seed says it. */
    static final List<String> CITATION_KEYS = List.of("id", "seed", "section");

    final KieBase kieBase;
    final Calendars calendars;
    final int ruleCount;

    private CompiledRules(KieBase kieBase, Calendars calendars, int ruleCount) {
        this.kieBase = kieBase;
        this.calendars = calendars;
        this.ruleCount = ruleCount;
    }

    /** Compiles the files, or throws {@link RuleLoadException} listing every problem. */
    static CompiledRules compile(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        Calendars calendars = null;
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId releaseId = ks.newReleaseId("nl.contractrules.loaded", "rules", "1.0." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        for (RuleFile file : files) {
            if (file.path().equals(RuleFile.CALENDARS)) {
                try {
                    calendars = Calendars.parse(new String(file.content(), UTF_8));
                } catch (IllegalArgumentException e) {
                    problems.add(new RuleProblem(file.path(), 0, e.getMessage()));
                }
            } else if (isRuleFile(file.path())) {
                kfs.write(SOURCE_ROOT + file.path(), file.content());
            }
        }
        if (calendars == null && problems.isEmpty()) {
            problems.add(new RuleProblem(RuleFile.CALENDARS, 0, "missing: every rule set needs its calendars file"));
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(DrlProject.class);
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            if (m.getText().contains("Parser returned a null Package")) {
                continue; // a consequence of a syntax error reported on its own line
            }
            String path = m.getPath() == null ? "" : m.getPath().replaceFirst("^" + SOURCE_ROOT, "");
            problems.add(new RuleProblem(path, Math.max(m.getLine(), 0), m.getText().strip()));
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        KieBase kieBase = ks.newKieContainer(releaseId).getKieBase();
        ks.getRepository().removeKieModule(releaseId);
        int count = 0;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                count++;
                for (String key : CITATION_KEYS) {
                    if (!(rule.getMetaData().get(key) instanceof String value) || value.isBlank()) {
                        problems.add(locate(files, rule.getName(), "rule \"" + rule.getName()
                                + "\" has no @" + key + "(...): every rule cites its rulebook ID, seed and section"));
                    }
                }
            }
        }
        if (count == 0) {
            problems.add(new RuleProblem("", 0, "the rule set has no rules"));
        }
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return new CompiledRules(kieBase, calendars, count);
    }

    static boolean isRuleFile(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl") || lower.endsWith(".csv") || lower.endsWith(".xls") || lower.endsWith(".xlsx");
    }

    /** The file and line where a rule of that name is declared, for a problem about it. */
    private static RuleProblem locate(List<RuleFile> files, String ruleName, String message) {
        for (RuleFile file : files) {
            if (file.path().endsWith(".drl")) {
                String text = new String(file.content(), UTF_8);
                Matcher m = RULE_NAME.matcher(text);
                while (m.find()) {
                    if (m.group(1).equals(ruleName)) {
                        int line = (int) text.substring(0, m.start(1)).chars().filter(c -> c == '\n').count() + 1;
                        return new RuleProblem(file.path(), line, message);
                    }
                }
            }
        }
        return new RuleProblem("", 0, message);
    }
}
