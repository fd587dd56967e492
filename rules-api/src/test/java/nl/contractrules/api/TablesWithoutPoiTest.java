package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.contractrules.model.RuleId;
import nl.contractrules.model.RuleFile;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import nl.contractrules.model.TravelCosts;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkFields;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.Test;

/**
 * The facade carries no Apache POI: CSV decision tables compile without it, and a spreadsheet table is refused
 * with a problem that says what is missing instead of crashing the compile.
 */
class TablesWithoutPoiTest {
    private static final String TABLE = """
            RuleSet,connectsecure365
            Import,"nl.contractrules.model.*, nl.contractrules.rulesupport.*"
            Variables,Answer answer
            RuleTable Travel,,,,,
            NAME,METADATA,METADATA,METADATA,CONDITION,ACTION
            ,,,,,
            ,"id(""$param"")","seed(""$param"")","section(""$param"")","Contract(tier == Tier.$param) WorkItem(onSite)","answer.set(WorkFields.TRAVEL_COSTS, TravelCosts.$param);"
            Rule,ID,Seed,Section,Tier,Travel costs
            basis,T.1,s.txt,§1,BASIS,HALF_ONE_WAY
            extra,T.2,s.txt,§2,EXTRA,NONE
            """;

    private static List<RuleFile> ruleSet(String path, byte[] content) {
        List<RuleFile> files = new ArrayList<>(List.of(RuleSets.CALENDARS));
        files.add(new RuleFile(path, content));
        return files;
    }

    @Test
    void apachePoiIsNotOnTheFacadesClassPath() {
        assertThatThrownBy(() -> Class.forName("org.apache.poi.ss.usermodel.Workbook"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aCsvTableCompilesAndDecidesWithoutPoi() {
        ContractRules rules = ContractRules.of(ruleSet("connectsecure365/travel.csv", TABLE.getBytes(UTF_8)));

        var decision = rules.decide(Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS),
                new WorkItem(WorkCategory.GENERAL, 10, null, null, true));

        assertThat(rules.ruleCount()).isEqualTo(2);
        assertThat(decision.get(WorkFields.TRAVEL_COSTS)).isEqualTo(TravelCosts.HALF_ONE_WAY);
        assertThat(decision.rules()).extracting(RuleId::toString).containsExactly("T.1");
    }

    @Test
    void aSpreadsheetTableWithoutPoiIsAProblemNamingTheFileAndWhatIsMissing() {
        for (String path : List.of("connectsecure365/travel.xlsx", "connectsecure365/travel.xls")) {
            Validation validation = ContractRules.validate(ruleSet(path, new byte[] {'P', 'K', 3, 4}));

            assertThat(validation.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(path);
                assertThat(p.message()).contains("Apache POI").contains(".csv");
            });
        }
    }
}
