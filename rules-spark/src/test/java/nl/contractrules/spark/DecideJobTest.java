package nl.contractrules.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;
import nl.contractrules.json.Json;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import scala.collection.Seq;

/** The job as spark-submit runs it, over the bulk example and over an edited rule directory. */
class DecideJobTest {
    private static final Path CONTRACTS = Path.of("../examples/bulk/contracts.json");
    private static final Path CASES = Path.of("../examples/bulk/cases.jsonl");

    /** Runs the job with these arguments in the tests' session; the exit code, and what it wrote to stderr. */
    private record Run(int exit, String err) {
    }

    private static Run job(String... args) {
        DecideJob job = new DecideJob();
        new CommandLine(job).parseArgs(args);
        StringWriter err = new StringWriter();
        int exit = job.run(LocalSpark.session(), new PrintWriter(err, true));
        return new Run(exit, err.toString());
    }

    @Test
    void theJsonLinesAreTheTextDecideWritesForTheBulkExample(@TempDir Path dir) {
        Path out = dir.resolve("out");

        Run run = job("--contracts", CONTRACTS.toString(), "--cases", CASES.toString(), "--out", out.toString(),
                "--as-of", Reference.AS_OF.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        String expected = LocalSpark.lines(Reference.decideLines(Reference.BUNDLED, CONTRACTS, CASES));
        assertThat(expected).contains("\"error\":true").contains("\"flags\"");
        assertThat(LocalSpark.partFiles(out)).isEqualTo(expected);
        assertThat(run.err()).contains(" rejected, in ");
    }

    @Test
    void parquetHasATypedColumnForEveryFieldOfTheLineWithTheLinesValues(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");

        Run run = job("--contracts", CONTRACTS.toString(), "--cases", CASES.toString(), "--out", out.toString(),
                "--format", "parquet", "--as-of", Reference.AS_OF.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<Row> rows = LocalSpark.session().read().parquet(out.toString()).collectAsList();
        assertThat(rows).hasSize(Files.readAllLines(CASES).size());
        int typedValues = 0;
        boolean timeWithOffset = false;
        for (Row row : rows) {
            JsonNode json = Json.MAPPER.readTree(row.<String>getAs("json"));
            for (StructField column : TypedColumns.SCHEMA.fields()) {
                Object value = row.getAs(column.name());
                JsonNode expected = json.get(column.name());
                if (expected == null || expected.isNull()) {
                    assertThat(value).as(column.name() + " of " + json).isNull();
                    continue;
                }
                typedValues++;
                assertThat(value).as(column.name() + " of " + json).isNotNull();
                if (column.dataType() instanceof ArrayType) {
                    assertThat(((Seq<?>) value).size()).as(column.name()).isEqualTo(expected.size());
                } else if (column.dataType() instanceof DecimalType) {
                    assertThat((BigDecimal) value).as(column.name()).isEqualByComparingTo(expected.decimalValue());
                } else if (column.dataType().equals(DataTypes.StringType)) {
                    assertThat(value).as(column.name()).isEqualTo(expected.asText());
                    timeWithOffset |= expected.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*[+-]\\d\\d:\\d\\d");
                } else {
                    assertThat(value.toString()).as(column.name()).isEqualTo(expected.asText());
                }
            }
        }
        assertThat(typedValues).isGreaterThan(rows.size() * 3);
        assertThat(timeWithOffset).as("a time, as an ISO string with its offset").isTrue();
    }

    @Test
    void anEditedRuleDirectoryOnTheDriverDecidesOnTheExecutors(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        RuleFile.write(List.of(calendars(), new RuleFile("websitenazorg/edited.drl", """
                package websitenazorg;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;
                rule "WN.X.1 every incident is flagged" @id("WN.X.1") @seed("s.txt") @section("1")
                when Incident()
                then answer.flag("EDITED_ON_THE_DRIVER");
                end
                """.getBytes(UTF_8)), new RuleFile(RuleFile.FLAGS,
                "EDITED_ON_THE_DRIVER = the rules of the driver decided\n".getBytes(UTF_8))), rules);
        Path cases = Files.writeString(dir.resolve("cases.jsonl"), """
                {"id": "a", "contract": "EX-WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-23T10:00:00+01:00"}}
                {"id": "b", "contract": "EX-WN-1", "kind": "incident", "input": {"reportedAt": "2026-11-24T10:00:00+01:00"}}
                """, UTF_8);
        Path out = dir.resolve("out");

        Run run = job("--contracts", CONTRACTS.toString(), "--cases", cases.toString(), "--out", out.toString(),
                "--rules", rules.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = LocalSpark.partFiles(out).lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"flags\":[\"EDITED_ON_THE_DRIVER\"]"));
        assertThat(LocalSpark.partFiles(out)).isEqualTo(LocalSpark.lines(Reference.decideLines(
                ContractRules.load(rules), CONTRACTS, cases)));
    }

    @Test
    void anExistingOutputOrAMissingInputIsExitTwoWithoutAJob(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));

        Run exists = job("--contracts", CONTRACTS.toString(), "--cases", CASES.toString(), "--out", out.toString());
        Run missing = job("--contracts", dir.resolve("none.json").toString(), "--cases", CASES.toString(),
                "--out", dir.resolve("out2").toString());

        assertThat(exists.exit()).isEqualTo(2);
        assertThat(exists.err()).contains("exists");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("none.json");
        assertThat(dir.resolve("out2")).doesNotExist();
    }

    private static RuleFile calendars() {
        return RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst().orElseThrow();
    }
}
