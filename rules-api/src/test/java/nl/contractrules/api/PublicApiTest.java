package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;

/**
 * Only {@code nl.contractrules.api} is this module's API: every other public type is marked
 * {@code @API(status = INTERNAL)}, as JUnit marks its own, except the build step, which the jar leaves out.
 * (rules-api names itself {@code nl.contractrules.api} on the module path, Automatic-Module-Name; no module-info,
 * as every Drools jar would then be an automatic module of its own.)
 */
class PublicApiTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final String API_PACKAGE = "nl.contractrules.api";
    private static final String BUILD_PACKAGE = "nl.contractrules.engine.build";

    /** The public top-level types of this module. */
    private static List<Class<?>> publicTypes() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.map(CLASSES::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')
                            .replace('\\', '.'))
                    .map(PublicApiTest::load).filter(type -> Modifier.isPublic(type.getModifiers())).toList();
        }
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
    void everyPublicTypeOutsideTheApiPackageIsMarkedInternal() throws IOException {
        List<Class<?>> types = publicTypes();

        assertThat(types).filteredOn(type -> type.getPackageName().equals(API_PACKAGE)).extracting(Class::getSimpleName)
                .contains("ContractRules", "Decision", "Outcome", "Rejection", "Bulk", "BulkCase", "BulkResult",
                        "ReloadableContractRules", "ReloadOptions", "Validation", "TimeLimit", "Ticker")
                .noneMatch(name -> internal(load(API_PACKAGE + "." + name)));
        assertThat(types).filteredOn(type -> !type.getPackageName().equals(API_PACKAGE))
                .filteredOn(type -> !type.getPackageName().equals(BUILD_PACKAGE))
                .isNotEmpty().allSatisfy(type -> assertThat(internal(type)).as(type.getName()).isTrue());
    }

    @Test
    void theBuildStepIsLeftOutOfTheJar() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(pom).contains("<exclude>" + BUILD_PACKAGE.replace('.', '/') + "/**</exclude>");
        assertThat(publicTypes()).filteredOn(type -> type.getPackageName().equals(BUILD_PACKAGE))
                .extracting(Class::getSimpleName).containsExactly("BundledRulesWriter");
    }
}
