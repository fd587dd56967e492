package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** The one Spark session of the module's tests: local, two cores, no web UI; stopped when the JVM ends. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("rules-spark tests")
                    .config("spark.ui.enabled", false)
                    .config("spark.sql.shuffle.partitions", 2)
                    .getOrCreate();
        }
        return session;
    }

    /** The text of a directory Spark wrote: its part files in name order (partition order), concatenated. */
    static String partFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            StringBuilder text = new StringBuilder();
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                text.append(Files.readString(part, UTF_8));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of text, each ended by a newline. */
    static String lines(List<String> lines) {
        return lines.stream().map(line -> line + "\n").collect(Collectors.joining());
    }
}
