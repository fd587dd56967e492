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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import nl.contractrules.json.BulkContracts;
import nl.contractrules.json.Json;

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
 * Run from the repository root.
 */
public final class BulkGenerator {
    static final List<Path> ROOTS = List.of(Path.of("rules-tests/src/test/resources/scenarios"), Path.of("examples"));

    /** A case to copy: the contract id stem of its scenario file and the case (id, kind, input). */
    record Template(String contractStem, ObjectNode scenarioCase) {
    }

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
        int templates = generate(ROOTS, out.resolve("contracts.json"), cases, count, copies, new Random(seed));
        System.err.println("wrote " + count + " cases from " + templates + " scenario cases to " + cases);
    }

    /** Writes the contracts and {@code count} cases; returns the number of templates. */
    static int generate(List<Path> roots, Path contractsFile, Path casesFile, long count, int copies, Random random)
            throws IOException {
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
        try (Writer writer = writer(casesFile)) {
            for (long i = 1; i <= count; i++) {
                Template t = templates.get(random.nextInt(templates.size()));
                ObjectNode line = Json.MAPPER.createObjectNode()
                        .put("id", "T" + i + "-" + t.scenarioCase().path("id").asText())
                        .put("contract", t.contractStem() + "-" + random.nextInt(copies));
                line.set("kind", t.scenarioCase().get("kind"));
                line.set("input", t.scenarioCase().get("input"));
                writer.write(Json.MAPPER.writeValueAsString(line));
                writer.write('\n');
            }
        }
        return templates.size();
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
