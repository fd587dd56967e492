package nl.contractrules.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.CaseParser;
import nl.contractrules.json.Json;
import nl.contractrules.model.Incident;

/**
 * Writes a bulk input for {@code decide}: {@code contracts.json} and a JSON Lines file of valid cases drawn at
 * random from the project's scenario files (every case expected to be decided, under copies of its file's
 * contract), so the file covers every regime and kind the scenarios do.
 *
 * <pre>{@code
 * java -cp rules-cli/target/contract-rules.jar \
 *     rules-tests/src/test/java/nl/contractrules/tests/bench/BulkGenerator.java target/bulk 1000000
 * }</pre>
 * Arguments: output directory, number of cases (default 1,000,000), copies of each contract (default 20),
 * random seed (default 1). A cases file name ending in {@code .gz} ({@code -Dcases=cases.jsonl.gz}) is compressed.
 * {@code -Dmix=incidents} writes an export's mix instead of every kind alike ({@link Mix#INCIDENTS}). Run from the
 * repository root.
 */
public final class BulkGenerator {
    static final List<Path> ROOTS = List.of(Path.of("rules-tests/src/test/resources/scenarios"), Path.of("examples"));

    /** Which cases a file holds. */
    enum Mix {
        /** Every decided scenario case alike: mostly the cheaper kinds, as the scenario files are. */
        ALL,
        /**
         * A provider's ticket export: {@value #INCIDENT_PERCENT}% incidents (drawn from every regime's incident
         * scenarios), {@value #TIMED_PERCENT}% of those with a {@code respondedAt} and most of those with a
         * {@code resolvedAt} (minutes to days after the report, different on every line), the rest of the other
         * kinds.
         */
        INCIDENTS;

        static final int INCIDENT_PERCENT = 90;
        static final int TIMED_PERCENT = 85;
        static final int RESOLVED_PERCENT = 90;
    }

    /** A case to copy: the contract id stem of its scenario file and the case (id, kind, input). */
    record Template(String contractStem, ObjectNode scenarioCase) {
        boolean incident() {
            return scenarioCase.path("kind").asText().equals("incident");
        }
    }

    /** When a timed incident was responded to and resolved, written as a scenario file writes times. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT);

    private BulkGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: BulkGenerator OUT_DIR [CASES] [CONTRACT_COPIES] [SEED]");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Path cases = out.resolve(System.getProperty("cases", "cases.jsonl"));
        Mix mix = Mix.valueOf(System.getProperty("mix", "all").toUpperCase(Locale.ROOT));
        int templates = generate(ROOTS, out.resolve("contracts.json"), cases, count, copies, new Random(seed), mix);
        System.err.println("wrote " + count + " cases from " + templates + " scenario cases to " + cases);
    }

    /** Writes the contracts and {@code count} cases of the mix; returns the number of templates. */
    static int generate(List<Path> roots, Path contractsFile, Path casesFile, long count, int copies, Random random,
            Mix mix) throws IOException {
        ArrayNode contracts = Json.MAPPER.createArrayNode();
        List<Template> templates = new ArrayList<>();
        for (Path file : scenarioFiles(roots)) {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            String stem = "S" + file.getFileName().toString().replace(".json", "") + "-" + contracts.size();
            List<Template> decided = new ArrayList<>();
            for (JsonNode c : root.path("cases")) {
                if (c.path("expect").isObject() && !c.path("expect").path("error").asBoolean(false)) {
                    ObjectNode copy = ((ObjectNode) c).deepCopy();
                    copy.remove("expect");
                    decided.add(new Template(stem, copy));
                }
            }
            if (decided.isEmpty()) {
                continue;
            }
            templates.addAll(decided);
            for (int k = 0; k < copies; k++) {
                contracts.add(((ObjectNode) root.get("contract").deepCopy()).put("id", stem + "-" + k));
            }
        }
        Files.writeString(contractsFile, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(contracts),
                UTF_8);
        List<Template> incidents = templates.stream().filter(Template::incident).toList();
        List<Template> others = templates.stream().filter(t -> !t.incident()).toList();
        try (Writer writer = writer(casesFile)) {
            for (long i = 1; i <= count; i++) {
                Template t = mix == Mix.ALL ? pick(templates, random)
                        : random.nextInt(100) < Mix.INCIDENT_PERCENT ? pick(incidents, random) : pick(others, random);
                ObjectNode line = Json.MAPPER.createObjectNode()
                        .put("id", "T" + i + "-" + t.scenarioCase().path("id").asText())
                        .put("contract", t.contractStem() + "-" + random.nextInt(copies));
                line.set("kind", t.scenarioCase().get("kind"));
                line.set("input", mix == Mix.INCIDENTS && t.incident() ? timed(t.scenarioCase().get("input"), random)
                        : t.scenarioCase().get("input"));
                writer.write(Json.MAPPER.writeValueAsString(line));
                writer.write('\n');
            }
        }
        return templates.size();
    }

    private static Template pick(List<Template> templates, Random random) {
        return templates.get(random.nextInt(templates.size()));
    }

    /**
     * An incident's input, most given a response and a resolution time when the scenario had none: the response
     * minutes to hours after the report (before the scenario's resolution, if it has one), the resolution minutes to
     * days after the response.
     */
    private static JsonNode timed(JsonNode input, Random random) {
        if (input.has("respondedAt") || random.nextInt(100) >= Mix.TIMED_PERCENT) {
            return input;
        }
        Incident incident = (Incident) CaseParser.input("incident", input);
        ZonedDateTime reported = incident.reportedAt();
        long window = incident.resolvedAt() == null ? 8 * 60
                : Math.min(8 * 60, ChronoUnit.MINUTES.between(reported, incident.resolvedAt()));
        ZonedDateTime responded = reported.plusMinutes(random.nextInt((int) window + 1));
        ObjectNode timed = ((ObjectNode) input).deepCopy().put("respondedAt", TIME.format(responded));
        if (!input.has("resolvedAt") && random.nextInt(100) < Mix.RESOLVED_PERCENT) {
            timed.put("resolvedAt", TIME.format(responded.plusMinutes(random.nextInt(5 * 24 * 60))));
        }
        return timed;
    }

    private static Writer writer(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (file.toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(out, UTF_8), 1 << 16);
    }

    private static List<Path> scenarioFiles(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".json") && !BulkContracts.isContractsFile(p)).sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
