package nl.contractrules.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Where {@code check --watch} learns of saves: the files written since it last asked. The command line's are
 * {@link WatchedSaves} (the file system's watch service, until standard input ends); a test gives its own edits.
 */
interface Saves extends AutoCloseable {
    /**
     * Waits for the next save and gives the paths written (absolute, normalised), with any others already known;
     * empty when watching ends.
     */
    Optional<Set<Path>> next() throws InterruptedException;

    @Override
    void close();
}
