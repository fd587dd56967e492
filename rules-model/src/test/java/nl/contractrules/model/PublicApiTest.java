package nl.contractrules.model;

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
 * The model's API is {@code nl.contractrules.model} and {@code nl.contractrules.time}; what only rule files use,
 * {@code nl.contractrules.rulesupport}, is public for them and marked {@code @API(status = INTERNAL)}.
 */
class PublicApiTest {
    private static final Path CLASSES = Path.of("target/classes");

    private static List<Class<?>> publicTypes() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.map(CLASSES::relativize).map(Path::toString)
                    .filter(name -> name.endsWith(".class") && !name.contains("$") && !name.endsWith("-info.class"))
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
    void ruleSupportIsInternalAndTheRestIsTheModel() throws IOException {
        List<Class<?>> types = publicTypes();

        assertThat(types).extracting(Class::getPackageName).containsOnly("nl.contractrules.model",
                "nl.contractrules.time", "nl.contractrules.rulesupport");
        assertThat(types).filteredOn(type -> type.getPackageName().equals("nl.contractrules.rulesupport"))
                .extracting(Class::getSimpleName).containsExactlyInAnyOrder("Answer", "Billing", "DialledNumbers",
                        "Groups", "Precedence")
                .allSatisfy(name -> assertThat(internal(load("nl.contractrules.rulesupport." + name))).isTrue());
        assertThat(types).filteredOn(type -> !type.getPackageName().equals("nl.contractrules.rulesupport"))
                .noneMatch(PublicApiTest::internal);
    }

    @Test
    void theExceptionsAnApplicationCatchesAreInTheModelPackage() {
        assertThat(List.of(InvalidInputException.class, RuleEvaluationException.class, RuleLoadException.class))
                .allSatisfy(type -> assertThat(type.getPackageName()).isEqualTo("nl.contractrules.model"));
    }
}
