package nl.contractrules.cli;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The cases input of {@code decide}: a file ({@code .gz} read compressed) or {@code -} for standard input, with a
 * count of the bytes read from it so far for the progress line.
 *
 * @param size the file's size in bytes, or -1 for standard input
 */
record CasesSource(InputStream stream, Counting counter, long size) {
    private static final int BUFFER = 1 << 16;

    /** Opens a cases argument; a file that cannot be opened (or is not gzip when named .gz) is an IOException. */
    static CasesSource open(String argument) throws IOException {
        if (argument.equals("-")) {
            Counting counter = new Counting(System.in);
            return new CasesSource(counter, counter, -1);
        }
        Path file = Path.of(argument);
        Counting counter = new Counting(new BufferedInputStream(Files.newInputStream(file), BUFFER));
        try {
            InputStream stream = argument.endsWith(".gz") ? new GZIPInputStream(counter, BUFFER) : counter;
            return new CasesSource(stream, counter, Files.size(file));
        } catch (IOException e) {
            counter.close();
            throw e;
        }
    }

    /** The bytes read from the file so far (compressed bytes for a .gz file). */
    long bytesRead() {
        return counter.count;
    }

    /** An input stream that counts the bytes read through it. */
    static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
