package nl.contractrules.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.contractrules.api.ContractRules;
import nl.contractrules.engine.compile.RuleBases;
import nl.contractrules.json.Scenario;
import nl.contractrules.json.ScenarioRunner;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An edited copy of the bundled rules with one regime changed ({@link ContractRules#of}: the other regimes as the
 * build compiled them, and of the changed one only the files that changed compiled, onto the build's model) decides
 * every scenario file's cases as the same files compiled wholly from DRL ({@link ContractRules#fromDrl}): the
 * unchanged regimes as the bundled files do, the changed one with the edit, its rules firing in the same order.
 */
class EditedRegimeTest {
    /** KPN.RT.1: KPN EEN Standaard repairs within 8 office hours, edited to 6. */
    private static final String FILE = "kpneen/sla-levels.csv";
    private static final String BEFORE = "STANDAARD,false,,480,";
    private static final String AFTER = "STANDAARD,false,,360,";

    private static List<RuleFile> edited() {
        return edited(FILE, BEFORE, AFTER);
    }

    /** The bundled files with the first occurrence of {@code before} in one file replaced by {@code after}. */
    private static List<RuleFile> edited(String path, String before, String after) {
        return RuleFile.bundled().stream().map(file -> {
            if (!file.path().equals(path)) {
                return file;
            }
            String text = new String(file.content(), UTF_8);
            assertThat(text).as(path).contains(before);
            return new RuleFile(path, text.replaceFirst(Pattern.quote(before), Matcher.quoteReplacement(after))
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

    /**
     * An edit of each kind, in every regime: a decision table's number, a term (a function the rules call, one of them
     * from a file that declares a type), a function's body, a term that names a calendar.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kpneen/sla-levels.csv           | STANDAARD,false,,480,                 | STANDAARD,false,,360,
            microsoft/terms.data.csv        | (beperkt tot zes uur of minder)",360, | (beperkt tot zes uur of minder)",240,
            microsoft/work.drl              | WorkCategory.CUSTOMISATION;           | WorkCategory.ONBOARDING;
            connectsecure365/fair-use.data.csv | SUPPORT_TIME,,2                    | SUPPORT_TIME,,3
            connect1/fair-use.data.csv      | CONNECT_SECURE_VOIP,2                 | CONNECT_SECURE_VOIP,3
            websitenazorg/terms.data.csv    | ,WN_OFFICE                            | ,CBG_OFFICE
            """)
    void onlyTheChangedFilesCompiledTheRegimeDecidesAsFromDrl(String file, String before, String after) {
        List<RuleFile> files = edited(file, before, after);
        RuleBases.Compilation compilation = RuleBases.compile(files);
        Regime regime = compilation.fromDrl().iterator().next();

        assertThat(compilation.fromDrl()).hasSize(1);
        assertThat(compilation.filesOnly()).as("compiled onto the build's model").containsKey(regime);
        assertThat(compilation.filesOnly().get(regime)).contains(file);
        List<Decided> onModel = decide(ContractRules.of(files));
        assertThat(onModel).isNotEmpty().isEqualTo(decide(ContractRules.fromDrl(files)));
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
