package nl.contractrules.tests;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file (this module's {@code src/test/resources/scenarios} and the project's {@code examples/})
 * as JUnit dynamic tests: one test per case with an expectation, so {@code ./mvnw verify} fails when one does.
 */
class ScenarioFilesTest {
    /** The project's scenario files. */
    static final Scenarios ALL = Scenarios.in(Path.of("src/test/resources/scenarios"), Path.of("../examples"));

    @TestFactory
    Stream<DynamicNode> scenarios() {
        return ALL.dynamicTests();
    }
}
