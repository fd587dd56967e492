package nl.contractrules.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One file of a rule set (a DRL file, a decision table, a rule template or its data, the calendars or the flags),
 * by its path relative to the rule set's root, e.g. {@code connectsecure365/business-critical.drl}.
 */
public record RuleFile(String path, byte[] content) {

    /** The root folder of the bundled rule set on the class path. */
    public static final String BUNDLED_ROOT = "contract-rules";
    /** The calendars file every rule set has at its root (COMMON.CAL). */
    public static final String CALENDARS = "calendars.properties";
    /** The file at a rule set's root that declares the flags its rules raise, one {@code NAME = meaning} a line. */
    public static final String FLAGS = "flags.properties";

    /** The rule files bundled with the library (module {@code rules-drl}). */
    public static List<RuleFile> bundled() {
        URL marker = RuleFile.class.getClassLoader().getResource(BUNDLED_ROOT + "/" + CALENDARS);
        if (marker == null) {
            throw new IllegalStateException("bundled rules not found on the class path: " + BUNDLED_ROOT + "/");
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return directory(Path.of(uri).getParent());
            }
            try (FileSystem jar = newJarFileSystem(uri)) {
                return read(jar.getPath("/" + BUNDLED_ROOT));
            }
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the bundled rules: " + e.getMessage(), e);
        }
    }

    /** Every regular file below {@code dir}. */
    public static List<RuleFile> directory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UncheckedIOException("not a directory: " + dir, new NotDirectoryException(dir.toString()));
        }
        try {
            return read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule directory " + dir, e);
        }
    }

    /** Writes the files below {@code dir}, creating folders as needed. */
    public static void write(List<RuleFile> files, Path dir) throws IOException {
        for (RuleFile file : files) {
            Path target = dir.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    /** A private file system over the jar, so concurrent readers never share (and close) one. */
    private static FileSystem newJarFileSystem(URI uri) throws IOException {
        String spec = uri.getRawSchemeSpecificPart();
        return FileSystems.newFileSystem(Path.of(URI.create(spec.substring(0, spec.indexOf("!/")))));
    }

    private static List<RuleFile> read(Path root) throws IOException {
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                files.add(new RuleFile(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p)));
            }
        }
        return files;
    }
}
