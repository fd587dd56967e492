package nl.contractrules.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import nl.contractrules.api.ContractTerms;
import nl.contractrules.model.RuleFile;
import nl.contractrules.json.Json;
import nl.contractrules.model.Regime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code terms [--rules DIR] [--regime R] [--format text|json]}: every contract number of the rules
 * ({@link ContractTerms}), with its regime, rulebook ID, what it is, value, unit, where it is ({@code file:line}, the
 * file's path including DIR) and the seed's words; a table, or JSON. Exit 0, or 2 when DIR is not a directory or
 * the regime is unknown.
 */
@Command(name = "terms", mixinStandardHelpOptions = true,
        description = "List every contract number: rulebook ID, value, unit, file:line and the seed's words.")
final class TermsCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", description = "The rule files in DIR instead of the bundled ones.")
    Path directory;
    @Option(names = "--regime", paramLabel = "REGIME", description = "Only this regime's numbers, e.g. KPN_EEN.")
    String regime;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table, the default) or json.")
    String format;
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println(Printable.of("--format " + format + ": text or json"));
            return Main.UNREADABLE;
        }
        Regime only = null;
        if (regime != null) {
            only = Arrays.stream(Regime.values()).filter(r -> r.name().equals(regime)).findFirst().orElse(null);
            if (only == null) {
                err.println(Printable.of("--regime " + regime + " is no regime; regimes: " + Arrays.stream(
                        Regime.values()).map(Regime::name).collect(Collectors.joining(", "))));
                return Main.UNREADABLE;
            }
        }
        if (directory != null && !Files.isDirectory(directory)) {
            err.println(Printable.of("--rules needs a directory of rule files (as written by export-rules); "
                    + directory + (Files.exists(directory) ? " is not a directory" : " does not exist")));
            return Main.UNREADABLE;
        }
        List<ContractTerms.Term> terms;
        try {
            terms = ContractTerms.of(directory == null ? RuleFile.bundled() : RuleFile.directory(directory));
        } catch (UncheckedIOException e) {
            err.println(Printable.of(e.getMessage()));
            return Main.UNREADABLE;
        }
        Regime filter = only;
        terms = terms.stream().filter(t -> filter == null || t.regime() == filter).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.println(json(terms));
        } else {
            table(out, terms);
        }
        return 0;
    }

    /** Where a term is, as the analyst opens it: inside DIR when the rules are read from one. */
    private String where(ContractTerms.Term term) {
        return directory == null ? term.where() : Path.of(directory.toString(), term.file()) + ":" + term.line();
    }

    private void table(PrintWriter out, List<ContractTerms.Term> terms) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"REGIME", "RULEBOOK ID", "TERM", "VALUE", "UNIT", "WHERE", "SEED SAYS"});
        for (ContractTerms.Term t : terms) {
            rows.add(new String[] {t.regime().name(), t.ruleId(), t.name(), value(t), t.unit(), where(t),
                    t.quote().isEmpty() ? "" : "\"" + t.quote() + "\""});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], Printable.of(row[c]).length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = Printable.of(row[c]);
                line.append(cell);
                if (c < row.length - 1) {
                    line.append(" ".repeat(widths[c] - cell.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(terms.size() + " contract numbers");
    }

    /** The value, and for office hours the calendar it names. */
    private static String value(ContractTerms.Term term) {
        return term.calendar() == null ? term.value() : term.value() + " (" + term.calendar() + ")";
    }

    private String json(List<ContractTerms.Term> terms) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (ContractTerms.Term t : terms) {
            ObjectNode node = array.addObject();
            node.put("regime", t.regime().name());
            node.put("ruleId", t.ruleId());
            node.put("term", t.name());
            ArrayNode keys = node.putArray("keys");
            t.keys().forEach(keys::add);
            node.put("value", t.value());
            node.put("unit", t.unit());
            node.put("quote", t.quote());
            node.put("file", directory == null ? t.file() : Path.of(directory.toString(), t.file()).toString());
            node.put("line", t.line());
            node.put("calendar", t.calendar());
        }
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the terms as JSON: " + e.getMessage(), e);
        }
    }
}
