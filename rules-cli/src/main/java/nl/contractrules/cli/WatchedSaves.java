package nl.contractrules.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The saves {@code check --watch} reacts to, from the file system's watch service: every file under the rule
 * directory and under each scenario directory given, and each scenario file given; watching ends when standard input
 * does (Ctrl-D) or the process is interrupted (Ctrl-C). The events of one save (an editor writes a temporary file and
 * moves it into place) are taken together: the paths saved until none follows for {@value #QUIET_MILLIS} ms.
 */
final class WatchedSaves implements Saves {
    /** A path in the queue that says standard input ended. */
    private static final Path END = Path.of("");
    /** How long no event follows the last one of a save. */
    private static final long QUIET_MILLIS = 100;

    private final WatchService watcher;
    /** The directories watched with everything below them (new subdirectories are watched as they appear). */
    private final List<Path> trees = new ArrayList<>();
    /** The files watched on their own, in directories watched for them only. */
    private final Set<Path> files = new HashSet<>();
    private final BlockingQueue<Path> saved = new LinkedBlockingQueue<>();
    private boolean ended;

    private WatchedSaves(WatchService watcher) {
        this.watcher = watcher;
    }

    /** Watches the rule directory and the scenario files and directories, until {@code stdin} ends. */
    static WatchedSaves of(Path rules, List<Path> scenarios, InputStream stdin) {
        try {
            WatchedSaves saves = new WatchedSaves(rules.getFileSystem().newWatchService());
            saves.watchTree(rules);
            for (Path path : scenarios) {
                if (Files.isDirectory(path)) {
                    saves.watchTree(path);
                } else {
                    Path file = path.toAbsolutePath().normalize();
                    saves.files.add(file);
                    saves.register(file.getParent());
                }
            }
            daemon("contract-rules watch", saves::watch).start();
            daemon("contract-rules stdin", () -> {
                try {
                    byte[] typed = new byte[256];
                    while (stdin.read(typed) >= 0) {
                        // input is read until it ends; what is typed means nothing
                    }
                } catch (IOException e) {
                    // an unreadable standard input ends watching as its end does
                }
                saves.saved.add(END);
            }).start();
            return saves;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + rules + ": " + e.getMessage(), e);
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private void watchTree(Path directory) throws IOException {
        Path root = directory.toAbsolutePath().normalize();
        trees.add(root);
        registerTree(root);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path directory : walk.filter(Files::isDirectory).toList()) {
                register(directory);
            }
        }
    }

    private void register(Path directory) throws IOException {
        directory.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
    }

    /** Turns the watch service's events into saved paths, until it is closed. */
    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path directory = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) {
                        saved.add(directory);
                        continue;
                    }
                    Path path = directory.resolve((Path) event.context());
                    if (event.kind() == ENTRY_CREATE && Files.isDirectory(path) && inTree(path)) {
                        registerTree(path);
                    }
                    if (inTree(path) || files.contains(path)) {
                        saved.add(path);
                    }
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: watching is over
        } catch (IOException e) {
            saved.add(END);
        }
    }

    private boolean inTree(Path path) {
        return trees.stream().anyMatch(path::startsWith);
    }

    @Override
    public Optional<Set<Path>> next() throws InterruptedException {
        if (ended) {
            return Optional.empty();
        }
        List<Path> batch = new ArrayList<>(List.of(saved.take()));
        while (!batch.contains(END)) {
            Path more = saved.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            if (more == null) {
                break;
            }
            batch.add(more);
        }
        Set<Path> paths = new HashSet<>(batch);
        ended = paths.remove(END);
        return paths.isEmpty() && ended ? Optional.empty() : Optional.of(paths);
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // closing is all that is left to do
        }
    }
}
