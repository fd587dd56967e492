package nl.contractrules.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Splits a byte stream into lines (ended by {@code \n}, a {@code \r} before it dropped), one at a time: a line
 * longer than the limit is skipped to its end without being kept, so one hostile line costs no memory.
 */
public final class JsonLines {
    /** The default line limit: 1 MB. */
    public static final int DEFAULT_MAX_LINE = 1 << 20;
    private static final int BUFFER = 1 << 16;

    /**
     * One line of the input.
     *
     * @param number the line number, from 1
     * @param bytes  the line without its line end; null when the line was longer than the limit
     * @param length the line's length in bytes
     */
    public record Line(long number, byte[] bytes, long length) {
        /** Whether the line was longer than the limit, so its bytes were not kept. */
        public boolean tooLong() {
            return bytes == null;
        }
    }

    private JsonLines() {
    }

    /**
     * The lines of {@code in}, read lazily; closing the stream closes {@code in}. A read error is an
     * {@link UncheckedIOException} after the lines read before it.
     */
    public static Stream<Line> lines(InputStream in, int maxLine) {
        if (maxLine < 1) {
            throw new IllegalArgumentException("the line limit must be at least 1 byte, was " + maxLine);
        }
        Splitter splitter = new Splitter(in, maxLine);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(splitter,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(splitter::close);
    }

    /**
     * A line split elsewhere (by a Hadoop line reader, say) as this splitter gives it: a {@code \r} at its end is
     * dropped, and a line longer than the limit keeps only its length.
     */
    public static Line line(long number, byte[] bytes, int maxLine) {
        return line(number, bytes, bytes.length, maxLine);
    }

    /** The line of the first {@code length} bytes of {@code buffer}, which holds them all unless too long. */
    private static Line line(long number, byte[] buffer, long length, int maxLine) {
        long content = length > 0 && length <= maxLine + 1L && buffer[(int) length - 1] == '\r' ? length - 1 : length;
        if (content > maxLine) {
            return new Line(number, null, content);
        }
        return new Line(number, Arrays.copyOf(buffer, (int) content), content);
    }

    private static final class Splitter implements Iterator<Line> {
        private final InputStream in;
        private final int maxLine;
        private final byte[] buffer = new byte[BUFFER];
        private int start;
        private int end;
        private boolean eof;
        private byte[] line = new byte[256];
        private long number;
        private Line next;

        Splitter(InputStream in, int maxLine) {
            this.in = in;
            this.maxLine = maxLine;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = read();
            }
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Line result = next;
            next = null;
            return result;
        }

        /** The next line, or null at the end of the input. */
        private Line read() {
            long length = 0;
            boolean any = false;
            while (true) {
                if (start == end && !fillBuffer()) {
                    return any ? finish(length) : null;
                }
                any = true;
                int newline = indexOfNewline();
                int stop = newline < 0 ? end : newline;
                int chunk = stop - start;
                if (length + chunk <= maxLine + 1L) {
                    ensureCapacity((int) length + chunk);
                    System.arraycopy(buffer, start, line, (int) length, chunk);
                }
                length += chunk;
                start = newline < 0 ? end : newline + 1;
                if (newline >= 0) {
                    return finish(length);
                }
            }
        }

        private Line finish(long length) {
            number++;
            return line(number, line, length, maxLine);
        }

        private int indexOfNewline() {
            for (int i = start; i < end; i++) {
                if (buffer[i] == '\n') {
                    return i;
                }
            }
            return -1;
        }

        private void ensureCapacity(int needed) {
            if (needed > line.length) {
                line = Arrays.copyOf(line, Math.max(needed, (int) Math.min(2L * line.length, maxLine + 1L)));
            }
        }

        private boolean fillBuffer() {
            if (eof) {
                return false;
            }
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    eof = true;
                    return false;
                }
                start = 0;
                end = n;
                return true;
            } catch (IOException e) {
                eof = true;
                throw new UncheckedIOException("cannot read after line " + number + ": " + e.getMessage(), e);
            }
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
