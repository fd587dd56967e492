package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV output: a file per kind, RFC 4180 quoting, lists joined by {@code ;}, errors.csv. */
class BulkCsvTest {
    private static final Contract CONTRACT = Contract.of(Regime.WEBSITENAZORG_O365, null);

    private static BulkCase incident(String id, String description) {
        ObjectNode input = Json.MAPPER.createObjectNode().put("reportedAt", "2026-11-23T10:00:00+01:00");
        if (description != null) {
            input.put("description", description);
        }
        return BulkCase.of(id, CONTRACT, CaseParser.input("incident", input));
    }

    @Test
    void quotesOnlyCellsThatNeedIt() {
        assertThat(BulkCsv.quote("plain")).isEqualTo("plain");
        assertThat(BulkCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(BulkCsv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(BulkCsv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(BulkCsv.quote("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(BulkCsv.quote("")).isEqualTo("");
    }

    @Test
    void writesAFilePerKindAndTheRejectionsToErrorsCsv(@TempDir Path dir) throws IOException {
        List<BulkResult> results = TinyRules.decide(
                incident("t-1", "Mail, \"down\""),
                BulkCase.unreadable("t-2", "NOPE", "incident",
                        new InvalidInputException("contract", "NOPE", "unknown contract")),
                incident("t-3", null));

        try (BulkCsv csv = new BulkCsv(dir.resolve("out"))) {
            for (BulkResult r : results) {
                csv.write(r);
            }
        }

        String incidents = Files.readString(dir.resolve("out/incident.csv"), UTF_8);
        assertThat(incidents).endsWith("\r\n");
        List<String> rows = List.of(incidents.split("\r\n"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("id,contract,").contains(",failedCriteria,").endsWith(",rules,flags");
        assertThat(rows.get(1)).startsWith("t-1,,").contains(",\"Mail, \"\"down\"\";b\",")
                .endsWith(",WN.X.1,CHECKED");
        assertThat(rows.get(2)).startsWith("t-3,,").contains(",none;b,").endsWith(",WN.X.1,CHECKED");
        assertThat(Files.readString(dir.resolve("out/errors.csv"), UTF_8)).isEqualTo(
                "line,id,contract,kind,field,message\r\n"
                        + "2,t-2,NOPE,incident,contract,contract: unknown contract (was NOPE)\r\n");
    }
}
