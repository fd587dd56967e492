package nl.contractrules.tests;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of scenario files becomes a container per file and a test per expectation, failing where one fails. */
class ScenariosTest {
    /** Travel to an on-site job costs nothing: the one rule of a Connect Secure 365 rule set. */
    private static final ContractRules RULES = ContractRules.of(List.of(
            RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst().orElseThrow(),
            new RuleFile("connectsecure365/travel.drl", """
                    package connectsecure365;
                    import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                    global Answer answer;
                    rule "travel"
                        @id("T.1") @seed("s.txt") @section("§1")
                    when
                        WorkItem(onSite)
                    then
                        answer.set(WorkFields.TRAVEL_COSTS, TravelCosts.NONE);
                    end
                    """.getBytes(UTF_8))));

    private static final String SCENARIO = """
            {
              "name": "travel",
              "contract": { "id": "C-1", "regime": "CONNECT_SECURE_365", "tier": "BASIS" },
              "cases": [
                { "id": "on-site", "kind": "work", "input": { "category": "GENERAL", "expectedMinutes": 10,
                  "onSite": true }, "expect": { "travelCosts": "%s", "rulesInclude": ["T.1"] } },
                { "id": "no-expectation", "kind": "work", "input": { "category": "GENERAL", "expectedMinutes": 10 } }
              ]
            }
            """;

    private static List<DynamicNode> children(DynamicNode node) {
        return ((DynamicContainer) node).getChildren().map(DynamicNode.class::cast).toList();
    }

    private static void execute(DynamicNode test) throws Throwable {
        ((DynamicTest) test).getExecutable().execute();
    }

    @Test
    void aFileIsAContainerOfOneTestPerExpectationThatPassesWhenItIsMet(@TempDir Path dir) throws Throwable {
        Files.writeString(dir.resolve("travel.json"), SCENARIO.formatted("NONE"));

        List<DynamicNode> files = Scenarios.in(dir).using(RULES).dynamicTests().toList();

        assertThat(files).singleElement().satisfies(f -> assertThat(f.getDisplayName()).isEqualTo("travel.json"));
        List<DynamicNode> cases = children(files.get(0));
        assertThat(cases).extracting(DynamicNode::getDisplayName).containsExactly("on-site");
        assertThat(cases.get(0).getTestSourceUri()).isEmpty();
        execute(cases.get(0));
    }

    @Test
    void anExpectationNotMetFailsNamingFileCaseFieldAndValues(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("travel.json"), SCENARIO.formatted("CHARGED"));

        DynamicNode test = children(Scenarios.in(dir).using(RULES).dynamicTests().findFirst().orElseThrow()).get(0);

        assertThatThrownBy(() -> execute(test)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(dir.resolve("travel.json") + " on-site: travelCosts: expected \"CHARGED\","
                        + " actual \"NONE\"")
                .hasMessageContaining("outcome: {\"id\":\"on-site\"");
    }

    @Test
    void aFileThatIsNotAScenarioFailsItsOwnTestAndTheOthersStillRun(@TempDir Path dir) throws Throwable {
        Files.writeString(dir.resolve("a-broken.json"), "{ \"contract\": ");
        Files.writeString(dir.resolve("b-travel.json"), SCENARIO.formatted("NONE"));

        List<DynamicNode> files = Scenarios.in(dir).using(RULES).dynamicTests().toList();

        assertThat(files).extracting(DynamicNode::getDisplayName).containsExactly("a-broken.json", "b-travel.json");
        assertThatThrownBy(() -> execute(files.get(0))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("a-broken.json: malformed JSON");
        assertThatCode(() -> execute(children(files.get(1)).get(0))).doesNotThrowAnyException();
    }

    @Test
    void aFolderWithoutScenarioFilesIsAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        assertThatThrownBy(() -> Scenarios.in(dir).files()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no scenario files (*.json) in [" + dir + "]");
        assertThatThrownBy(() -> Scenarios.in(dir.resolve("missing")).files())
                .hasMessageContaining("cannot read scenario files in " + dir.resolve("missing"));
    }
}
