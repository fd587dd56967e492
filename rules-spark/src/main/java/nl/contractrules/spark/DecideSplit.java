package nl.contractrules.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.LineRecordReader;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Row;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Decides the lines of one split of the input files, as Hadoop's line reader gives them, reading the input once.
 * The number of a line whose result names it is the lines before the split plus its place in the split; the lines
 * before the split are counted, once per task, only when such a line turns up.
 */
final class DecideSplit implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>, Iterator<Row>> {
    private static final long serialVersionUID = 1L;

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
        Iterator<byte[]> bytes = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public byte[] next() {
                return lines.next()._2().copyBytes();
            }
        };
        return decide.lines(bytes, () -> linesBefore((FileSplit) split));
    }

    /**
     * The lines of the input before a split: the line reader's records of the files before the split's file, and
     * of its file before the split. Counted by the line reader itself, so that they are the lines the tasks of the
     * splits before read, whatever the file's compression.
     */
    private long linesBefore(FileSplit split) {
        int index = files.indexOf(split.getPath().toString());
        if (index < 0) {
            throw new IllegalStateException(split.getPath() + " is not among the input files " + files);
        }
        try {
            long lines = 0;
            for (String before : files.subList(0, index)) {
                Path file = new Path(before);
                lines += records(file, file.getFileSystem(conf.value()).getFileStatus(file).getLen());
            }
            return lines + (split.getStart() == 0 ? 0 : records(split.getPath(), split.getStart()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count the lines before " + split + ": " + e.getMessage(), e);
        }
    }

    /** The records the line reader reads from the first {@code length} bytes of a file: the lines that start there. */
    private long records(Path file, long length) throws IOException {
        LineRecordReader reader = new LineRecordReader(new byte[] {'\n'});
        try {
            reader.initialize(new FileSplit(file, 0, length, null),
                    new TaskAttemptContextImpl(conf.value(), new TaskAttemptID()));
            long records = 0;
            while (reader.nextKeyValue()) {
                records++;
            }
            return records;
        } finally {
            reader.close();
        }
    }
}
