package nl.contractrules.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.ContractTerms;
import nl.contractrules.model.RuleFile;
import nl.contractrules.json.CaseParser;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.model.Regime;
import org.drools.decisiontable.parser.csv.CsvLineParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One contract number, one line: the rules are exported, the one line in a regime's folder that holds a number (as
 * {@code terms} finds it: its rulebook ID and what it is) is edited, and every case of the project's scenario files
 * is decided again. Some cases of that regime decide differently, and no case of another regime does: also where
 * two contracts state the same number (Connect 1's and KPN EEN's fair-use factor and fibre lead time).
 */
class OneNumberOneLineTest {
    private static final List<Path> ROOTS = List.of(Path.of("../rules-tests/src/test/resources/scenarios"),
            Path.of("../examples"));
    /** Per scenario case, its regime and its outcome on the bundled rules. */
    private static final Map<String, Decided> BUNDLED = new LinkedHashMap<>();

    private record Decided(Regime regime, String outcome) {
    }

    /** An edit: the number of this regime whose rulebook ID and name are these, given this new value. */
    record Edit(Regime regime, String ruleId, String name, String newValue) {
        @Override
        public String toString() {
            return regime + " " + ruleId + " " + name + " -> " + newValue;
        }
    }

    static Stream<Edit> edits() {
        return Stream.of(
                new Edit(Regime.CONNECT_SECURE_365, "CS365.FU.1", "CS365.FU.1 the subscription's support time", "3"),
                new Edit(Regime.CONNECT_1, "C1.FU.1", "C1.FU.1 Connect Secure VoIP's support time", "3"),
                new Edit(Regime.KPN_EEN, "KPN.LT.1", "fibreLeadTimeWeeks", "22"),
                new Edit(Regime.KPN_EEN, "KPN.RT.1, KPN.RT.2", "KPN.RT.1 STANDAARD: repaired within office hours",
                        "360"),
                new Edit(Regime.MICROSOFT_UNIFIED, "MS.WK.1", "advisoryLimitMinutes", "240"),
                new Edit(Regime.MICROSOFT_UNIFIED, "MS.RT.1",
                        "MS.RT.1 ADVANCED, critical impact: first response in clock time", "45"),
                new Edit(Regime.WEBSITENAZORG_O365, "WN.SW.1", "officeHours", "CBG_OFFICE"));
    }

    @BeforeAll
    static void decideOnTheBundledRules() throws IOException {
        BUNDLED.putAll(decide(ContractRules.bundled()));
        assertThat(BUNDLED).hasSizeGreaterThan(800);
    }

    @ParameterizedTest
    @MethodSource("edits")
    void anEditOfOneLineChangesThatRegimesDecisionsOnly(Edit edit, @TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        assertThat(Cli.run("export-rules", rules).exit()).isZero();
        ContractTerms.Term term = ContractTerms.of(RuleFile.directory(rules)).stream()
                .filter(t -> t.regime() == edit.regime() && t.ruleId().equals(edit.ruleId())
                        && t.name().equals(edit.name()))
                .collect(Collectors.collectingAndThen(Collectors.toList(), found -> {
                    assertThat(found).as("the numbers of %s", edit).hasSize(1);
                    return found.get(0);
                }));
        assertThat(edit.regime().ruleFolders()).contains(term.file().substring(0, term.file().indexOf('/')));
        Path file = rules.resolve(term.file());
        List<String> lines = new ArrayList<>(Files.readAllLines(file, UTF_8));
        String line = lines.get(term.line() - 1);
        assertThat(line).contains(edit.ruleId());
        lines.set(term.line() - 1, withCell(line, term.value(), edit.newValue()));
        Files.write(file, lines, UTF_8);

        Map<String, Decided> edited = decide(ContractRules.load(rules));

        List<String> changed = BUNDLED.keySet().stream()
                .filter(c -> !BUNDLED.get(c).outcome().equals(edited.get(c).outcome())).toList();
        assertThat(changed).as("cases decided otherwise after %s", edit).isNotEmpty();
        assertThat(changed).as("cases of other regimes decided otherwise after %s", edit)
                .allSatisfy(c -> assertThat(BUNDLED.get(c).regime()).isEqualTo(edit.regime()));
    }

    /** The line with the one cell that holds {@code value} holding {@code newValue}. */
    private static String withCell(String line, String value, String newValue) {
        List<String> cells = new CsvLineParser().parse(line);
        assertThat(cells.stream().filter(c -> c.strip().equals(value))).as(line).hasSize(1);
        return cells.stream().map(c -> c.strip().equals(value) ? newValue : c)
                .map(c -> c.contains(",") || c.contains("\"") ? "\"" + c.replace("\"", "\"\"") + "\"" : c)
                .collect(Collectors.joining(","));
    }

    /** Every case of the project's scenario files, by file and id, decided. */
    private static Map<String, Decided> decide(ContractRules rules) throws IOException {
        ScenarioRunner runner = new ScenarioRunner(rules);
        Map<String, Decided> decided = new LinkedHashMap<>();
        for (Path file : ScenarioFiles.expand(ROOTS, new PrintWriter(System.err, true)).files()) {
            Scenario scenario = Scenario.read(file);
            Regime regime;
            try {
                regime = CaseParser.contract(scenario.contract()).regime();
            } catch (RuntimeException badContract) {
                continue;
            }
            for (ScenarioRunner.Result result : runner.run(scenario)) {
                decided.put(file + " " + result.scenarioCase().label(),
                        new Decided(regime, result.toJson().toString()));
            }
        }
        return decided;
    }
}
