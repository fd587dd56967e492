package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate DIR} checks the scenario files in DIR/scenarios too: the check a reload of DIR can be given. */
class ValidateScenariosTest {
    /** The contract's BASIS work scenarios: billed beyond 30 contiguous minutes (CS365.WK.1). */
    private static final Path WORK_BASIS = Path.of(
            "../rules-tests/src/test/resources/scenarios/connectsecure365/work-basis.json");

    private static String[] validate(Path dir, int exit) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"validate", dir.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true))).as(out + "\n" + err).isEqualTo(exit);
        return out.toString().lines().toArray(String[]::new);
    }

    @Test
    void anEditThatBreaksAnExpectationOfTheDirectorysScenariosIsAProblem(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        assertThat(Main.run(new String[] {"export-rules", rules.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
        Files.createDirectories(rules.resolve("scenarios"));
        Files.copy(WORK_BASIS, rules.resolve("scenarios/work-basis.json"));

        assertThat(validate(rules, 0)).singleElement().asString()
                .endsWith(" rules, no problems, every expectation in scenarios/ met");

        Path tiers = rules.resolve("connectsecure365/tiers.csv");
        Files.writeString(tiers, Files.readString(tiers, UTF_8).replace("),BASIS,30", "),BASIS,45"), UTF_8);
        String[] lines = validate(rules, 1);

        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith(
                rules.resolve("scenarios/work-basis.json") + ":0: case "));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("case general-31-min-billed-minus-30-once: "
                + "covered: expected false, actual true"));
    }
}
