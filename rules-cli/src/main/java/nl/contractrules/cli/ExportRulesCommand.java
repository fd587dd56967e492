package nl.contractrules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.contractrules.model.RuleFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code export-rules DIR}: writes the bundled rule files to DIR, as a starting point for an edit. DIR must be new or
 * empty unless {@code --force}, so an edit is never overwritten by accident; the files are written to a temporary
 * sibling of DIR first and moved into place when complete, so DIR never holds half an export. Exit 0, or 2 when
 * DIR is refused or cannot be written.
 */
@Command(name = "export-rules", mixinStandardHelpOptions = true, description = "Write the bundled rule files to DIR.")
final class ExportRulesCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A new or empty directory.")
    Path directory;
    @Option(names = "--force", description = "Replace DIR even when it holds files (its former contents are deleted).")
    boolean force;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Path target = directory.toAbsolutePath().normalize();
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                err.println(Printable.of(directory + " is a file; export-rules writes to a new or empty directory"));
                return Main.UNREADABLE;
            }
            boolean occupied = Files.isDirectory(target) && !isEmpty(target);
            if (occupied && !force) {
                err.println(Printable.of(directory + " is not empty; export-rules does not overwrite files, which "
                        + "may hold edits. Give a new or empty directory, or --force to replace " + directory + "."));
                return Main.UNREADABLE;
            }
            List<RuleFile> files = RuleFile.bundled();
            replace(target, files);
            spec.commandLine().getOut().println(Printable.of("wrote " + files.size() + " files to " + directory
                    + (occupied ? " (its former contents replaced)" : "")));
            return 0;
        } catch (IOException | UncheckedIOException e) {
            err.println(Printable.of("cannot write " + directory + ": " + e.getMessage()));
            return Main.UNREADABLE;
        }
    }

    /** Writes the files to a temporary sibling of {@code target}, then moves it into the place of {@code target}. */
    private static void replace(Path target, List<RuleFile> files) throws IOException {
        Path parent = Files.createDirectories(target.getParent());
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".export-");
        Path former = temp.resolveSibling(temp.getFileName() + ".former");
        try {
            RuleFile.write(files, temp);
            if (Files.isDirectory(target)) {
                Files.move(target, former);
            }
            try {
                Files.move(temp, target);
            } catch (IOException e) {
                if (Files.exists(former)) {
                    Files.move(former, target);
                }
                throw e;
            }
        } finally {
            delete(temp);
            delete(former);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
