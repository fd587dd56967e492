package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/embedding.md lists every jar an application gets with rules-api (its runtime class path, which the build
 * writes to {@code target/runtime-classpath.txt}) with its size, and their total: a jar that comes or goes, or a new
 * version, has to be listed with the reason it is needed.
 */
class RuntimeClassPathTest {
    private static final Path CLASS_PATH = Path.of("target/runtime-classpath.txt");
    private static final Path EMBEDDING = Path.of("../docs/embedding.md");
    private static final String HEADER = "| jar | kB | needed by | without it |";
    /** Drools and the rest came to 15.4 MB before they were weighed jar by jar; they must stay below that. */
    private static final long LIMIT_BYTES = 15_400_000;
    private static final Pattern TOTAL = Pattern.compile("the other (\\d+) jars come to ([0-9.]+) MB");

    @Test
    void theDocsListEveryJarOfTheRuntimeClassPathWithItsSize() throws IOException {
        Map<String, Long> jars = jars();
        Map<String, String> listed = listed();

        assertThat(listed.keySet()).filteredOn(name -> !ours(name))
                .containsExactlyInAnyOrderElementsOf(jars.keySet());
        assertThat(listed.keySet()).filteredOn(RuntimeClassPathTest::ours)
                .hasSize(2).anyMatch(name -> name.startsWith("rules-model-"))
                .anyMatch(name -> name.startsWith("rules-drl-"));
        jars.forEach((name, bytes) ->
                assertThat(listed.get(name)).as("the size of %s in kB", name).isEqualTo(kilobytes(bytes)));
    }

    @Test
    void theDocsGiveTheirTotalAndItStaysBelowTheLimit() throws IOException {
        Map<String, Long> jars = jars();
        long total = jars.values().stream().mapToLong(Long::longValue).sum();
        Matcher stated = TOTAL.matcher(Files.readString(EMBEDDING).replaceAll("\\s+", " "));

        assertThat(stated.find()).as("'%s' in %s", TOTAL, EMBEDDING).isTrue();
        assertThat(Integer.parseInt(stated.group(1))).isEqualTo(jars.size());
        assertThat(stated.group(2)).isEqualTo(String.format(Locale.ROOT, "%.1f", total / 1e6));
        assertThat(total).isLessThan(LIMIT_BYTES);
    }

    /** This project's modules: from the reactor a folder of classes, else a jar whose size changes with its code. */
    private static boolean ours(String name) {
        return name.startsWith("rules-");
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%,d", Math.round(bytes / 1000.0));
    }

    /** The third-party jars of the runtime class path (not this project's modules), by file name, with their sizes. */
    private static Map<String, Long> jars() throws IOException {
        Map<String, Long> jars = new TreeMap<>();
        for (String path : Files.readString(CLASS_PATH).strip().split(File.pathSeparator)) {
            Path jar = Path.of(path);
            if (!path.contains("nl" + File.separator + "contractrules") && !path.contains("rules-model")
                    && !path.contains("rules-drl")) {
                jars.put(jar.getFileName().toString(), Files.size(jar));
            }
        }
        return jars;
    }

    /** The rows of the docs' table: jar file name and its size cell. */
    private static Map<String, String> listed() throws IOException {
        List<String> lines = Files.readAllLines(EMBEDDING);
        int header = lines.indexOf(HEADER);
        assertThat(header).as("the table '%s' in %s", HEADER, EMBEDDING).isPositive();
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> cells = Arrays.stream(lines.get(i).split("\\|")).map(String::strip)
                    .collect(Collectors.toList());
            rows.put(cells.get(1).replace("`", ""), cells.get(2));
        }
        return rows;
    }
}
