package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.RuleEvaluationException;
import nl.contractrules.model.RuleLoadException;
import nl.contractrules.rulesupport.Answer;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * The API is {@code nl.contractrules.api} (rules-api), {@code nl.contractrules.model} and {@code nl.contractrules.time}
 * (rules-model): every other public type is marked {@code @API(status = INTERNAL)}, as JUnit marks its own, except
 * rules-api's build step, which its jar leaves out. Each jar names its module (Automatic-Module-Name); neither has a
 * module-info, as rules-api would have to require every Drools jar as an automatic module of its own.
 */
class PublicApiTest {
    private static final List<String> API_PACKAGES = List.of("nl.contractrules.api", "nl.contractrules.model",
            "nl.contractrules.time");
    private static final String BUILD_PACKAGE = "nl.contractrules.engine.build";

    /** The public top-level types of the module (a class directory or a jar) that holds the given class. */
    private static List<Class<?>> publicTypesBeside(Class<?> anchor) throws IOException, URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(location::relativize).map(Path::toString).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(entry -> entry.getName()).forEach(names::add);
            }
        }
        return names.stream().map(name -> name.replace('\\', '/'))
                .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .<Class<?>>map(PublicApiTest::load).filter(type -> Modifier.isPublic(type.getModifiers())).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PublicApiTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean internal(Class<?> type) {
        API api = type.getAnnotation(API.class);
        return api != null && api.status() == API.Status.INTERNAL;
    }

    @Test
    void everyPublicTypeOfRulesApiOutsideItsApiPackageIsMarkedInternal() throws Exception {
        List<Class<?>> types = publicTypesBeside(ContractRules.class);

        assertThat(types).filteredOn(type -> API_PACKAGES.contains(type.getPackageName()))
                .extracting(Class::getSimpleName)
                .contains("ContractRules", "Decision", "Outcome", "Rejection", "Bulk", "BulkCase", "BulkResult",
                        "ReloadableContractRules", "ReloadOptions", "Validation", "TimeLimit", "Ticker");
        assertThat(types).filteredOn(PublicApiTest::internal).extracting(Class::getPackageName)
                .noneMatch(API_PACKAGES::contains);
        assertThat(types).filteredOn(type -> !API_PACKAGES.contains(type.getPackageName()))
                .filteredOn(type -> !type.getPackageName().equals(BUILD_PACKAGE))
                .isNotEmpty().allSatisfy(type -> assertThat(internal(type)).as(type.getName()).isTrue());
    }

    @Test
    void rulesModelIsTheModelAndTimeAndTheRuleSupportMarkedInternal() throws Exception {
        List<Class<?>> types = publicTypesBeside(Answer.class);

        assertThat(types).extracting(Class::getPackageName).containsOnly("nl.contractrules.model",
                "nl.contractrules.time", "nl.contractrules.rulesupport");
        assertThat(types).filteredOn(type -> type.getPackageName().equals("nl.contractrules.rulesupport"))
                .extracting(Class::getSimpleName)
                .containsExactlyInAnyOrder("Answer", "Billing", "DialledNumbers", "DocumentLevel", "Groups", "Precedence",
                        "Prevails");
        assertThat(types).allSatisfy(type -> assertThat(internal(type)).as(type.getName())
                .isEqualTo(type.getPackageName().equals("nl.contractrules.rulesupport")));
    }

    @Test
    void theExceptionsAnApplicationCatchesAreInOnePackage() {
        assertThat(List.of(InvalidInputException.class, RuleEvaluationException.class, RuleLoadException.class))
                .extracting(Class::getPackageName).containsOnly("nl.contractrules.model");
    }

    @Test
    void theBuildStepIsLeftOutOfTheJar() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<exclude>" + BUILD_PACKAGE.replace('.', '/') + "/**</exclude>");
        assertThat(publicTypesBeside(ContractRules.class))
                .filteredOn(type -> type.getPackageName().equals(BUILD_PACKAGE))
                .extracting(Class::getSimpleName).containsExactly("BundledRulesWriter");
    }
}
