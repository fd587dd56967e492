package nl.contractrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.json.BulkContracts;

/**
 * The scenario files of the files and directories given on the command line (*.json below a directory, sorted);
 * in a directory, a contracts file of {@code decide} (a JSON array) is passed by; a directory without any, or one that cannot be read, is reported and makes the run incomplete.
 */
record ScenarioFiles(List<Path> files, boolean complete) {

    static ScenarioFiles expand(List<Path> paths, PrintWriter err) {
        List<Path> files = new ArrayList<>();
        boolean complete = true;
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                List<Path> found = walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p))
                        .filter(p -> !BulkContracts.isContractsFile(p)).sorted().toList();
                if (found.isEmpty()) {
                    err.println(Printable.of("no scenario files (*.json) in " + path));
                    complete = false;
                }
                files.addAll(found);
            } catch (IOException | UncheckedIOException e) {
                err.println(Printable.of("cannot read directory " + path + ": " + e.getMessage()));
                complete = false;
            }
        }
        return new ScenarioFiles(files, complete);
    }
}
