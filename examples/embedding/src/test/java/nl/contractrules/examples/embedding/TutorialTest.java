package nl.contractrules.examples.embedding;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md is this project's tutorial: it shows each of its files as they are here, word for word, the
 * output the program prints and the number of tests it runs. (This test is not part of the tutorial.)
 */
class TutorialTest {
    private static final Path TUTORIAL = Path.of("../../docs/embedding.md");
    private static final List<String> FILES = List.of("pom.xml",
            "src/main/java/nl/contractrules/examples/embedding/IncidentDesk.java",
            "src/test/java/nl/contractrules/examples/embedding/IncidentDeskTest.java");

    @Test
    void theTutorialShowsEachFileAsItIs() throws IOException {
        for (String file : FILES) {
            assertThat(block("**`" + file + "`**")).as(file).isEqualTo(Files.readString(Path.of(file)));
        }
    }

    @Test
    void theTutorialShowsWhatTheProgramPrints() throws IOException {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, UTF_8));
        try {
            IncidentDesk.main(new String[0]);
        } finally {
            System.setOut(out);
        }

        assertThat(block("`mvn -q compile exec:java` prints:")).isEqualTo(printed.toString(UTF_8));
    }

    @Test
    void theTutorialSaysHowManyTestsRun() throws IOException {
        long tests = Arrays.stream(IncidentDeskTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Test.class)).count();

        assertThat(Files.readString(TUTORIAL)).contains("Tests run: " + tests + ", Failures: 0, Errors: 0, Skipped: 0");
    }

    /** The content of the fenced block that follows the line {@code title}. */
    private static String block(String title) throws IOException {
        List<String> lines = Files.readAllLines(TUTORIAL);
        int at = lines.indexOf(title);
        assertThat(at).as("the line %s in %s", title, TUTORIAL).isNotNegative();
        int open = at + 1;
        while (!lines.get(open).startsWith("```")) {
            open++;
        }
        StringBuilder text = new StringBuilder();
        for (int i = open + 1; !lines.get(i).equals("```"); i++) {
            text.append(lines.get(i)).append('\n');
        }
        return text.toString();
    }
}
