package nl.contractrules.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.Test;

/**
 * An edited copy of the bundled rules with one regime changed ({@link ContractRules#of}: the other regimes as the
 * build compiled them) decides every scenario file's cases as the same files compiled wholly from DRL
 * ({@link ContractRules#fromDrl}): the unchanged regimes as the bundled files do, the changed one with the edit.
 */
class EditedRegimeTest {
    /** KPN.RT.1: KPN EEN Standaard repairs within 8 office hours, edited to 6. */
    private static final String FILE = "kpneen/sla-levels.csv";
    private static final String BEFORE = "STANDAARD,false,,480,";
    private static final String AFTER = "STANDAARD,false,,360,";

    private static List<RuleFile> edited() {
        return RuleFile.bundled().stream().map(file -> {
            if (!file.path().equals(FILE)) {
                return file;
            }
            String text = new String(file.content(), UTF_8);
            assertThat(text).contains(BEFORE);
            return new RuleFile(FILE, text.replaceFirst(Pattern.quote(BEFORE), Matcher.quoteReplacement(AFTER))
                    .getBytes(UTF_8));
        }).toList();
    }

    /** A case's outcome as JSON, with its file, label and regime. */
    private record Decided(String where, String regime, String json) {
    }

    private static List<Decided> decide(ContractRules rules) {
        ScenarioRunner runner = new ScenarioRunner(rules);
        List<Decided> decided = new ArrayList<>();
        for (Path file : ScenarioFilesTest.ALL.files()) {
            Scenario scenario = Scenario.read(file);
            for (ScenarioRunner.Result result : runner.run(scenario)) {
                decided.add(new Decided(file + " " + result.scenarioCase().label(),
                        scenario.contract().path("regime").asText(), result.toJson().toString()));
            }
        }
        return decided;
    }

    @Test
    void anEditedRegimeDecidesAsFromDrlAndTheOthersAsTheBundledFiles() {
        List<RuleFile> files = edited();
        List<Decided> reusing = decide(ContractRules.of(files));
        List<Decided> editedFromDrl = decide(ContractRules.fromDrl(files));
        List<Decided> bundledFromDrl = decide(ContractRules.fromDrl(RuleFile.bundled()));

        assertThat(reusing).isNotEmpty().isEqualTo(editedFromDrl).hasSameSizeAs(bundledFromDrl);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < reusing.size(); i++) {
            Decided now = reusing.get(i);
            Decided before = bundledFromDrl.get(i);
            assertThat(now.where()).isEqualTo(before.where());
            if (!now.regime().equals(Regime.KPN_EEN.name())) {
                assertThat(now.json()).as(now.where()).isEqualTo(before.json());
            } else if (!now.json().equals(before.json())) {
                changed.add(now.where());
            }
        }
        assertThat(changed).as("the KPN EEN cases the edit changes").isNotEmpty()
                .anySatisfy(where -> assertThat(where).contains("friday-fault"));
    }
}
