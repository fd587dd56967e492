package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded {@code target/contract-rules.jar} as a user does: shading Drools can silently lose rules
 * (merged service files, kjar metadata), so only the real jar proves the command line works.
 */
class ContractRulesJarIT {
    private static final Path JAR = Path.of("target/contract-rules.jar");
    private static final Path EXAMPLES = Path.of("../examples");

    record Run(int exit, String out) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void checkPassesEveryExample() throws Exception {
        Run run = run("check", EXAMPLES.toString());

        assertThat(run.out()).containsPattern("(?m)^[1-9][0-9]* passed, 0 failed$");
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void aWrongExpectationFailsWithExpectedAndActual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wrong.json");
        Files.writeString(file, """
                {"name": "wrong", "contract": {"regime": "CONNECT_SECURE_365", "tier": "BASIS"},
                 "cases": [{"id": "w", "kind": "work", "input": {"category": "SHAREPOINT", "expectedMinutes": 5},
                            "expect": {"covered": true}}]}
                """);

        Run run = run("check", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("w: covered: expected true, actual false").contains("0 passed, 1 failed");
    }

    @Test
    void malformedJsonExitsTwo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"name\": \"broken\", \"contract\": {");

        Run run = run("check", file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("malformed JSON");
    }

    @Test
    void evaluatePrintsDecisionsWithRulesAndCitations() throws Exception {
        Run run = run("evaluate", EXAMPLES.resolve("connect-secure-365-basis.json").toString());

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("\"availability\" : \"UNAVAILABLE\"").contains("\"CS365.AV.2\"")
                .contains("\"seed\" : \"000_05f4ee6d280aca41.txt\"");
    }
}
