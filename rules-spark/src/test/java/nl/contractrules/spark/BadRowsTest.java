package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.json.Json;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows that are not cases: each becomes an error row naming its line and problem, and the job goes on. */
class BadRowsTest {
    private static final String WN = "{\"id\": \"WN\", \"regime\": \"WEBSITENAZORG_O365\"}";
    private static final String CS = "[{\"id\": \"CS\", \"regime\": \"CONNECT_SECURE_365\", \"tier\": \"BASIS\","
            + " \"start\": \"2025-01-01\", \"options\": [], \"monthlyFee\": 12.50, \"termMonths\": 36}]";
    private static final String GOOD = "{\"id\": \"good\", \"contract\": \"WN\", \"kind\": \"incident\","
            + " \"input\": {\"reportedAt\": \"2026-11-23T10:00:00+01:00\"}}";

    /** A contracts Dataset of one contract object and one contracts file (an array). */
    private static Dataset<Row> contracts() {
        return LocalSpark.session().createDataset(List.of(WN, CS), Encoders.STRING()).toDF("value");
    }

    @Test
    void corruptedRowsBecomeErrorRowsAsDecideWritesThemAndTheJobSucceeds(@TempDir Path dir) throws IOException {
        List<byte[]> lines = List.of(
                GOOD.getBytes(UTF_8),
                "{not json".getBytes(UTF_8),
                new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                ("{\"id\": \"" + "x".repeat(200) + "\"}").getBytes(UTF_8),
                "{\"id\": \"u\", \"contract\": \"C-9999\", \"kind\": \"incident\", \"input\": {}}".getBytes(UTF_8),
                "{\"id\": \"n\", \"contract\": \"CS\", \"kind\": \"incident\", \"input\": {\"reportedAt\": \"yesterday\"}}"
                        .getBytes(UTF_8),
                GOOD.replace("good", "good again").getBytes(UTF_8));
        List<Row> rows = new ArrayList<>();
        lines.forEach(line -> rows.add(RowFactory.create((Object) line)));
        rows.add(RowFactory.create((Object) null));
        SparkSession spark = LocalSpark.session();
        Dataset<Row> cases = spark.createDataFrame(rows, new StructType().add("value", DataTypes.BinaryType));

        List<Row> results = SparkContractRules.bundled().asOf(Reference.AS_OF).maxLine(150)
                .decide(cases, contracts()).collectAsList();

        assertThat(results).hasSize(rows.size());
        List<String> json = results.stream().map(r -> r.<String>getAs("json")).toList();
        Path contractsFile = Files.writeString(dir.resolve("contracts.json"),
                "[" + WN + "," + CS.substring(1, CS.length() - 1) + "]", UTF_8);
        Path casesFile = Files.write(dir.resolve("cases.jsonl"), joined(lines));
        assertThat(json.subList(0, lines.size())).isEqualTo(
                Reference.decideLines(Reference.BUNDLED, contractsFile, casesFile, 150));
        assertThat(field(json.get(0), "error")).as(json.get(0)).isNull();
        assertThat(field(json.get(6), "error")).isNull();
        for (int i = 1; i <= 5; i++) {
            assertThat(field(json.get(i), "error")).as(json.get(i)).isNotNull();
            assertThat(field(json.get(i), "error").asBoolean()).as(json.get(i)).isTrue();
            assertThat(field(json.get(i), "line").asLong()).as(json.get(i)).isEqualTo(i + 1);
        }
        assertThat(field(json.get(3), "message").asText()).contains("longer than the line limit");
        assertThat(field(json.get(4), "field").asText()).isEqualTo("contract");
        assertThat(field(json.get(5), "field").asText()).isEqualTo("reportedAt");
        assertThat(field(json.get(7), "field").asText()).isEqualTo("line");
        assertThat(field(json.get(7), "line").asLong()).isEqualTo(8);
    }

    @Test
    void linesAsSparksTextReaderGivesThemAreNumberedInOrder(@TempDir Path dir) throws IOException {
        Path casesFile = Files.writeString(dir.resolve("cases.jsonl"), GOOD + "\n{oops\n" + GOOD + "\n", UTF_8);
        Path contractsFile = Files.writeString(dir.resolve("contracts.json"), "[" + WN + "]", UTF_8);
        SparkSession spark = LocalSpark.session();

        List<String> json = SparkContractRules.bundled().asOf(Reference.AS_OF)
                .decide(spark.read().text(casesFile.toString()), contracts())
                .collectAsList().stream().map(r -> r.<String>getAs("json")).toList();

        assertThat(json).isEqualTo(Reference.decideLines(Reference.BUNDLED, contractsFile, casesFile));
        assertThat(field(json.get(1), "line").asLong()).isEqualTo(2);
    }

    private static JsonNode field(String line, String name) throws IOException {
        return Json.MAPPER.readTree(line).get(name);
    }

    private static byte[] joined(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(line -> {
            out.writeBytes(line);
            out.write('\n');
        });
        return out.toByteArray();
    }
}
