package nl.contractrules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.model.RuleFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reads analysts' spreadsheet decision tables (.xlsx): it brings Apache POI, the facade does not. */
class SpreadsheetTableTest {
    private static final List<List<String>> TABLE = List.of(
            List.of("RuleSet", "connectsecure365"),
            List.of("Import", "nl.contractrules.model.*, nl.contractrules.rulesupport.*"),
            List.of("Variables", "Answer answer"),
            List.of(),
            List.of("RuleTable Travel"),
            List.of("NAME", "METADATA", "METADATA", "METADATA", "CONDITION", "ACTION"),
            List.of(),
            List.of("", "id(\"$param\")", "seed(\"$param\")", "section(\"$param\")",
                    "Contract(tier == Tier.$param) WorkItem(onSite)",
                    "answer.set(WorkFields.TRAVEL_COSTS, TravelCosts.$param);"),
            List.of("Rule", "ID", "Seed", "Section", "Tier", "Travel costs"),
            List.of("basis", "T.1", "s.txt", "§1", "BASIS", "HALF_ONE_WAY"),
            List.of("extra", "T.2", "s.txt", "§2", "EXTRA", "NONE"));

    private static void writeXlsx(Path file, List<List<String>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Tables");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
    }

    private static String validate(Path dir) {
        StringWriter out = new StringWriter();
        int exit = Main.run(new String[] {"validate", dir.toString()}, new PrintWriter(out, true),
                new PrintWriter(new StringWriter(), true));
        return exit + " " + out;
    }

    @Test
    void anXlsxTableValidatesWithItsRules(@TempDir Path dir) throws IOException {
        RuleFile calendars = RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS))
                .findFirst().orElseThrow();
        Files.write(dir.resolve(RuleFile.CALENDARS), calendars.content());
        Files.createDirectories(dir.resolve("connectsecure365"));
        writeXlsx(dir.resolve("connectsecure365/travel.xlsx"), TABLE);

        assertThat(validate(dir)).isEqualToIgnoringNewLines("0 " + dir + ": 2 rules, no problems");
    }
}
