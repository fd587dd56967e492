package nl.contractrules.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.Tier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that depends on rules-api, as this one does, gets rules-api's runtime class path and none of the
 * jars only rules-api's build step takes (XStream, the KIE module's Maven and XML support, the executable model's
 * code generator), and on that class path rule files compile at run time as the bundled rules load (IncidentDeskTest).
 * rules-api writes both lists of jars when it builds. (This test is not part of the tutorial.)
 */
class LeanRuntimeTest {
    private static final Path RULES_API = Path.of("../../rules-api/target");

    @Test
    void theApplicationGetsRulesApisRuntimeJarsAndNoneOfTheBuildSteps() throws IOException {
        Set<String> mine = jars(System.getProperty("java.class.path"));
        Set<String> runtime = jars(Files.readString(RULES_API.resolve("runtime-classpath.txt")));
        Set<String> buildStep = jars(Files.readString(RULES_API.resolve("build-step-classpath.txt")));
        buildStep.removeAll(runtime);

        assertThat(buildStep).as("the jars only the build step takes").isNotEmpty()
                .anyMatch(name -> name.startsWith("xstream-"));
        assertThat(mine).containsAll(runtime).doesNotContainAnyElementsOf(buildStep);
    }

    /** KPN EEN Standaard repairs a fault within 8 office hours: reported Friday 15:00, due Monday 14:30. */
    @Test
    void ruleFilesCompileAtRunTimeAndDecideOnThatClassPath(@TempDir Path dir) throws IOException {
        RuleFile.write(RuleFile.bundled(), dir);
        IncidentDesk desk = new IncidentDesk(ContractRules.load(dir));
        Incident fault = Incident.builder(ZonedDateTime.parse("2026-11-20T15:00:00+01:00"))
                .description("Wachtrij werkt niet").location("Kantoor Deventer").build();

        assertThat(desk.repairDue(Contract.of(Regime.KPN_EEN, Tier.STANDAARD), fault))
                .isEqualTo(ZonedDateTime.parse("2026-11-23T14:30:00+01:00"));
    }

    /** The file names of the jars of a class path. */
    private static Set<String> jars(String classPath) {
        return Arrays.stream(classPath.strip().split(File.pathSeparator)).filter(path -> path.endsWith(".jar"))
                .map(path -> Path.of(path).getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
    }
}
