package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The standalone cluster of {@code bin/cluster-local} (a master and two workers, each a JVM of its own), driven as
 * a person drives it: {@code start}, {@code submit}, {@code stop}. Its processes live at most 15 minutes, whatever
 * happens to the tests' JVM.
 */
final class LocalCluster implements AutoCloseable {
    private static final Path SCRIPT = Path.of("bin/cluster-local").toAbsolutePath();
    /** A guard against a hung process, not a measurement: far above what a step takes on a slow machine. */
    private static final long GUARD_MINUTES = 10;

    private final Path dir;
    private final String url;

    private LocalCluster(Path dir, String url) {
        this.dir = dir;
        this.url = url;
    }

    /** What a run of the script printed, and its exit code. */
    record Run(int exit, String output) {
    }

    /** Starts a cluster whose process ids, logs and work directories are in {@code dir}. */
    static LocalCluster start(Path dir) {
        Run run = script(dir, List.of("start"));
        if (run.exit() != 0) {
            script(dir, List.of("stop"));
            throw new IllegalStateException("cluster-local start failed:\n" + run.output());
        }
        List<String> lines = run.output().lines().toList();
        return new LocalCluster(dir, lines.get(lines.size() - 1));
    }

    /** The master's URL, {@code spark://127.0.0.1:PORT}. */
    String url() {
        return url;
    }

    /** Runs the job on the cluster: spark-submit's options, then the job's. */
    Run submit(List<String> sparkSubmitOptions, List<String> jobOptions) {
        List<String> args = new ArrayList<>(List.of("submit"));
        args.addAll(sparkSubmitOptions);
        args.add("--");
        args.addAll(jobOptions);
        return script(dir, args);
    }

    /** The process of worker {@code n} (1 or 2): its JVM, the child of the time limit whose id the script keeps. */
    ProcessHandle worker(int n) {
        long limit = Long.parseLong(read(dir.resolve("worker-" + n + ".pid")).trim());
        return ProcessHandle.of(limit).orElseThrow(() -> new IllegalStateException("worker " + n + " is not running"))
                .children().findFirst().orElseThrow(() -> new IllegalStateException("worker " + n + " has no JVM"));
    }

    /** The work directory of worker {@code n}, where it makes {@code APP/EXECUTOR} for each executor it launches. */
    Path workDir(int n) {
        return dir.resolve("worker-" + n);
    }

    /** The log of the master or a worker ({@code master}, {@code worker-1}, {@code worker-2}). */
    String log(String name) {
        return read(dir.resolve(name + ".log"));
    }

    @Override
    public void close() {
        Run run = script(dir, List.of("stop"));
        if (run.exit() != 0) {
            throw new IllegalStateException("cluster-local stop failed:\n" + run.output());
        }
    }

    private static Run script(Path dir, List<String> args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(args);
        try {
            Files.createDirectories(dir);
            Path output = Files.createTempFile(dir, "script-", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().put("CLUSTER_DIR", dir.toAbsolutePath().toString());
            builder.environment().put("CLUSTER_LIFETIME", "900");
            Process process = builder.start();
            if (!process.waitFor(GUARD_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " still ran after " + GUARD_MINUTES
                        + " minutes:\n" + read(output));
            }
            return new Run(process.exitValue(), read(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
