package nl.contractrules.api;

import static nl.contractrules.api.RuleSets.validate;
import static org.assertj.core.api.Assertions.assertThat;

import nl.contractrules.model.RuleId;
import nl.contractrules.model.Citation;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Regime;
import nl.contractrules.model.Tier;
import nl.contractrules.model.TravelCosts;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkFields;
import nl.contractrules.model.WorkItem;
import org.junit.jupiter.api.Test;

/** CSV decision tables compile to rules with their own metadata; their problems point at the table's rows. */
class DecisionTableTest {
    private static final String HEADER = """
            RuleSet,connectsecure365
            Import,"nl.contractrules.model.*, nl.contractrules.rulesupport.*"
            Variables,Answer answer
            RuleTable Travel,,,,,
            %s
            ,,,,,
            ,"id(""$param"")","seed(""$param"")","section(""$param"")","Contract(tier == Tier.$param) WorkItem(onSite)","answer.set(WorkFields.TRAVEL_COSTS, TravelCosts.$param);"
            Rule,ID,Seed,Section,Tier,Travel costs
            """;
    private static final String COLUMNS = "NAME,METADATA,METADATA,METADATA,CONDITION,ACTION";

    private static String table(String... rows) {
        return HEADER.formatted(COLUMNS) + String.join("\n", rows) + "\n";
    }

    private static Decision<WorkItem> travel(ContractRules rules, Tier tier) {
        return rules.decide(Contract.of(Regime.CONNECT_SECURE_365, tier),
                new WorkItem(WorkCategory.GENERAL, 10, null, null, true));
    }

    @Test
    void eachRowIsARuleCitingItsOwnRulebookId() {
        ContractRules rules = ContractRules.of(RuleSets.of("connectsecure365/travel.csv", table(
                "basis,T.1,s.txt,§1,BASIS,HALF_ONE_WAY",
                "extra,T.2,s.txt,§2,EXTRA,NONE")));

        assertThat(rules.ruleCount()).isEqualTo(2);
        var basis = travel(rules, Tier.BASIS);
        assertThat(basis.get(WorkFields.TRAVEL_COSTS)).isEqualTo(TravelCosts.HALF_ONE_WAY);
        assertThat(basis.rules()).extracting(RuleId::toString).containsExactly("T.1");
        assertThat(basis.citations()).containsExactly(new Citation(RuleId.of("T.1"), "s.txt", "§1"));
        assertThat(travel(rules, Tier.EXTRA).rules()).extracting(RuleId::toString).containsExactly("T.2");
    }

    @Test
    void anEditedTableOfTheSameNameCompilesAfresh() {
        ContractRules before = ContractRules.of(RuleSets.of("connectsecure365/travel.csv", table("basis,T.1,s.txt,§1,BASIS,HALF_ONE_WAY")));
        ContractRules after = ContractRules.of(RuleSets.of("connectsecure365/travel.csv", table("basis,T.1,s.txt,§1,BASIS,NONE")));

        assertThat(travel(before, Tier.BASIS).get(WorkFields.TRAVEL_COSTS)).isEqualTo(TravelCosts.HALF_ONE_WAY);
        assertThat(travel(after, Tier.BASIS).get(WorkFields.TRAVEL_COSTS)).isEqualTo(TravelCosts.NONE);
    }

    @Test
    void aMalformedTableIsReportedAtTheRowOfTheBadCell() {
        Validation validation = validate("connectsecure365/travel.csv",
                HEADER.formatted(COLUMNS.replace("CONDITION", "SALIENCE")) + "basis,T.1,s.txt,§1,BASIS,NONE\n");

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("connectsecure365/travel.csv");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("SALIENCE");
        });
    }

    @Test
    void aRowThatDoesNotCompileIsReportedAtItsRow() {
        Validation validation = validate("connectsecure365/travel.csv", table(
                "basis,T.1,s.txt,§1,BASIS,HALF_ONE_WAY",
                "extra,T.2,s.txt,§2,EXTRAA,NONE"));

        assertThat(validation.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("connectsecure365/travel.csv");
            assertThat(p.line()).isEqualTo(10);
        });
        assertThat(validation.problems().get(0).message()).contains("EXTRAA");
    }

    @Test
    void aRowWithoutItsRulebookIdIsReportedAtItsRow() {
        Validation validation = validate("connectsecure365/travel.csv", table(
                "basis,T.1,s.txt,§1,BASIS,HALF_ONE_WAY",
                "extra,,s.txt,§2,EXTRA,NONE"));

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("\"extra\" has no @id");
        });
    }
}
