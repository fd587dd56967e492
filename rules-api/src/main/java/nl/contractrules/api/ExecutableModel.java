package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.contractrules.model.Regime;
import nl.contractrules.time.Calendars;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieModule;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled rules as the build compiled them: a KIE module (kjar) holding the Drools executable model of the
 * bundled rule files, one rule base per regime, so that {@link ContractRules#bundled()} loads classes instead of
 * compiling DRL at run time. The build writes it (test sources, {@code ExecutableModelWriter}) from the same
 * files {@link RuleFile#bundled()} reads; an edited rule directory still compiles from DRL.
 */
final class ExecutableModel {
    /** Where the build puts the module on the class path. */
    static final String RESOURCE = "nl/contractrules/api/bundled-rules.kjar";
    private static final Logger LOG = LoggerFactory.getLogger(ExecutableModel.class);

    private ExecutableModel() {
    }

    /**
     * The bundled rules compiled by the build; empty when the class path has no such module (a build without it).
     * One load at a time: the module is in the KIE repository, under its fixed release, only while it loads.
     */
    static synchronized Optional<CompiledRules> bundled() {
        byte[] kjar;
        try (InputStream in = ExecutableModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            kjar = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled rules " + RESOURCE, e);
        }
        long start = System.nanoTime();
        KieServices ks = KieServices.get();
        KieModule module = ks.getRepository().addKieModule(ks.getResources().newByteArrayResource(kjar));
        try {
            KieContainer container = ks.newKieContainer(module.getReleaseId());
            Map<Regime, KieBase> kieBases = new EnumMap<>(Regime.class);
            for (Regime regime : Regime.values()) {
                kieBases.put(regime, container.getKieBase(regime.name()));
            }
            Calendars calendars = calendars();
            CompiledRules rules = new CompiledRules(kieBases, calendars, ruleNames(kieBases),
                    () -> RuleSetContents.of(CompiledRules.ruleFiles(RuleFile.bundled()), calendars));
            LOG.info("loaded {} bundled rules compiled by the build in {} ms", rules.ruleCount,
                    (System.nanoTime() - start) / 1_000_000);
            return Optional.of(rules);
        } finally {
            ks.getRepository().removeKieModule(module.getReleaseId());
        }
    }

    /** The bundled calendars file. */
    private static Calendars calendars() {
        String path = RuleFile.BUNDLED_ROOT + "/" + RuleFile.CALENDARS;
        try (InputStream in = ExecutableModel.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled calendars not found on the class path: " + path);
            }
            return Calendars.parse(new String(in.readAllBytes(), UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled calendars " + path, e);
        }
    }

    /** Every rule's name ({@link FiringLog#name}): a rule shared by several regimes' rule bases counts once. */
    private static SortedSet<String> ruleNames(Map<Regime, KieBase> kieBases) {
        SortedSet<String> names = new TreeSet<>();
        for (KieBase kieBase : kieBases.values()) {
            for (KiePackage pkg : kieBase.getKiePackages()) {
                for (Rule rule : pkg.getRules()) {
                    names.add(FiringLog.name(rule));
                }
            }
        }
        return names;
    }
}
