package nl.contractrules.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Decides the lines of one split of the input files, as Hadoop's line reader gives them (each with its byte offset
 * in its file), reading the input once. The number of a line whose result names it is the lines of the files
 * before the split's file plus the line ends in the file before the split's first line: counted, once per task,
 * only when such a line turns up.
 */
final class DecideSplit implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;
    private static final int BUFFER = 1 << 16;

    private final DecidePartition decide;
    /** The input files in the order of the splits, so in the order of their lines. */
    private final List<String> files;
    private final SerializableConfiguration conf;

    DecideSplit(DecidePartition decide, List<String> files, Configuration conf) {
        this.decide = decide;
        this.files = List.copyOf(files);
        this.conf = new SerializableConfiguration(conf);
    }

    @Override
    public Iterator<Row> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> lines) {
        Path file = ((FileSplit) split).getPath();
        long[] firstOffset = {-1};
        Iterator<byte[]> bytes = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public byte[] next() {
                Tuple2<LongWritable, Text> line = lines.next();
                if (firstOffset[0] < 0) {
                    firstOffset[0] = line._1().get();
                }
                return line._2().copyBytes();
            }
        };
        return decide.lines(bytes, () -> linesBefore(file, firstOffset[0]));
    }

    /** The lines of the input before the line at {@code offset} of {@code file}. */
    private long linesBefore(Path file, long offset) {
        int index = files.indexOf(file.toString());
        if (index < 0) {
            throw new IllegalStateException(file + " is not among the input files " + files);
        }
        try {
            long lines = 0;
            for (String before : files.subList(0, index)) {
                lines += lines(new Path(before));
            }
            try (InputStream in = file.getFileSystem(conf.value()).open(file)) {
                return lines + count(in, offset).newlines();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the lines before " + file + ":" + offset + ": "
                    + e.getMessage(), e);
        }
    }

    /** The lines of a whole file, as the line reader splits it (decompressed if its name says it is compressed). */
    private long lines(Path file) throws IOException {
        FileSystem fs = file.getFileSystem(conf.value());
        CompressionCodec codec = new CompressionCodecFactory(conf.value()).getCodec(file);
        try (InputStream raw = fs.open(file); InputStream in = codec == null ? raw : codec.createInputStream(raw)) {
            Count count = count(in, Long.MAX_VALUE);
            return count.newlines() + (count.endsInLine() ? 1 : 0);
        }
    }

    /** The line ends in the first {@code limit} bytes of a stream, and whether a line without its end follows. */
    private record Count(long newlines, boolean endsInLine) {
    }

    private static Count count(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long newlines = 0;
        long left = limit;
        byte last = '\n';
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; left -= n) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
            last = buffer[n - 1];
        }
        return new Count(newlines, last != '\n');
    }
}
