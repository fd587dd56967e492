package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.Decision;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Field;

/**
 * The results of a bulk run as CSV files (RFC 4180) in a directory: {@code <kind>.csv} per case kind with a column
 * per decision field, {@code rules} and {@code flags} (list values joined by {@code ;}), and {@code errors.csv} for
 * the rejected lines. Each file is created when its first row comes, rows in input order.
 */
public final class BulkCsv implements Closeable {
    /** The file of the rejected lines. */
    public static final String ERRORS = "errors.csv";
    private static final List<String> ERROR_COLUMNS = List.of("line", "id", "contract", "kind", "field", "message");

    private final Path directory;
    private final Map<CaseKind, Writer> kinds = new EnumMap<>(CaseKind.class);
    private Writer errors;

    /** Writes into {@code directory}, creating it when needed. */
    public BulkCsv(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    /** Writes the row of one result. */
    public void write(BulkResult result) throws IOException {
        write(result, row(result));
    }

    /**
     * Writes a result's row as {@link #row} gave it, into the file of the result's kind or {@value #ERRORS}; the
     * row can be made on another thread (the one that decided the case), this write in input order.
     */
    public void write(BulkResult result, String row) throws IOException {
        if (result.outcome() instanceof Decision<?> decision) {
            CaseKind kind = decision.kind();
            Writer out = kinds.get(kind);
            if (out == null) {
                out = open(kind.jsonName() + ".csv", columns(kind));
                kinds.put(kind, out);
            }
            out.write(row);
        } else {
            if (errors == null) {
                errors = open(ERRORS, ERROR_COLUMNS);
            }
            errors.write(row);
        }
    }

    /** The row of a result with its line end: the columns of its kind, or of {@value #ERRORS} for a rejection. */
    public static String row(BulkResult result) {
        JsonNode json = BulkLines.toJson(result, false);
        List<String> columns = result.outcome() instanceof Decision<?> decision ? columns(decision.kind())
                : ERROR_COLUMNS;
        return row(columns.stream().map(c -> text(json.get(c))).toList());
    }

    private static List<String> columns(CaseKind kind) {
        List<String> columns = new ArrayList<>(List.of("id", "contract"));
        kind.fields().stream().map(Field::name).forEach(columns::add);
        columns.add("rules");
        columns.add("flags");
        return columns;
    }

    private Writer open(String name, List<String> header) throws IOException {
        Writer out = Files.newBufferedWriter(directory.resolve(name), UTF_8);
        out.write(row(header));
        return out;
    }

    /** A row as RFC 4180 writes it: each cell {@link #quote quoted} when it needs to be, ending with CRLF. */
    public static String row(List<String> cells) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(quote(cells.get(i)));
        }
        return row.append("\r\n").toString();
    }

    /** A JSON value as a cell: empty for null, list elements joined by {@code ;}, decimals written plainly. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(text(item)));
            return String.join(";", items);
        }
        if (value.isBigDecimal()) {
            return value.decimalValue().toPlainString();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    /** A cell as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, quote or line break. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        List<Writer> all = new ArrayList<>(kinds.values());
        if (errors != null) {
            all.add(errors);
        }
        for (Writer out : all) {
            try {
                out.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
