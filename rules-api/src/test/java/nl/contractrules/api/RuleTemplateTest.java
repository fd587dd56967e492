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

/** A rule template (.drt) is expanded once per regime data file (.data.drt), into that regime's package. */
class RuleTemplateTest {
    private static final String TEMPLATE = """
            template header
            id
            seed
            costs

            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;

            template "travel"
            rule "@{id} travel costs on site"
                @id("@{id}") @seed("@{seed}") @section("§7 Reiskosten")
            when
                WorkItem(onSite)
            then
                answer.set(WorkFields.TRAVEL_COSTS, TravelCosts.@{costs});
            end
            end template
            """;
    private static final String CONNECT_1 = """
            # Connect 1's values for the shared travel rule
            template = cbgconnect/travel.drt
            id = C1.T.1
            seed = 001.txt
            costs = NONE
            """;
    private static final String KPN_EEN = """
            template = cbgconnect/travel.drt
            id = KPN.T.1
            seed = 004.txt
            costs = CHARGED
            """;

    private static Decision<WorkItem> travel(ContractRules rules, Regime regime, Tier tier) {
        return rules.decide(Contract.of(regime, tier), new WorkItem(WorkCategory.GENERAL, 10, null, null, true));
    }

    @Test
    void eachRegimeGetsTheTemplatesRulesWithItsOwnValues() {
        ContractRules rules = ContractRules.of(RuleSets.of("cbgconnect/travel.drt", TEMPLATE,
                "connect1/travel.data.drt", CONNECT_1, "kpneen/travel.data.drt", KPN_EEN));

        assertThat(rules.ruleCount()).isEqualTo(2);
        var connect1 = travel(rules, Regime.CONNECT_1, null);
        assertThat(connect1.get(WorkFields.TRAVEL_COSTS)).isEqualTo(TravelCosts.NONE);
        assertThat(connect1.citations()).containsExactly(new Citation(RuleId.of("C1.T.1"), "001.txt", "§7 Reiskosten"));
        var kpn = travel(rules, Regime.KPN_EEN, Tier.STANDAARD);
        assertThat(kpn.get(WorkFields.TRAVEL_COSTS)).isEqualTo(TravelCosts.CHARGED);
        assertThat(kpn.citations()).containsExactly(new Citation(RuleId.of("KPN.T.1"), "004.txt", "§7 Reiskosten"));
    }

    @Test
    void anErrorInTheExpandedRuleIsReportedAtTheTemplatesLine() {
        Validation validation = validate("cbgconnect/travel.drt", TEMPLATE.replace("TravelCosts.@{costs}",
                "TravelCost.@{costs}"), "connect1/travel.data.drt", CONNECT_1);

        assertThat(validation.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("cbgconnect/travel.drt");
            assertThat(p.line()).isEqualTo(15);
        });
    }

    @Test
    void aRuleWithoutItsCitationIsReportedAtTheTemplatesLine() {
        Validation validation = validate("cbgconnect/travel.drt", TEMPLATE.replace(" @seed(\"@{seed}\")", ""),
                "connect1/travel.data.drt", CONNECT_1);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("cbgconnect/travel.drt");
            assertThat(p.line()).isEqualTo(10);
            assertThat(p.message()).contains("@seed");
        });
    }

    @Test
    void theRuleGuardChecksTheExpandedRulesAtTheTemplatesLines() {
        Validation validation = validate("cbgconnect/travel.drt", TEMPLATE.replace("import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;",
                "import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;\nimport java.io.File;").replace("then\n",
                "then\n        System.exit(1);\n"), "connect1/travel.data.drt", CONNECT_1);

        assertThat(validation.problems()).extracting(p -> p.file() + ":" + p.line())
                .containsExactly("cbgconnect/travel.drt:7", "cbgconnect/travel.drt:16");
    }

    @Test
    void aDataFileWhoseTemplateIsMissingIsAProblem() {
        Validation validation = validate("connect1/travel.data.drt", CONNECT_1);

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("connect1/travel.data.drt");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("cbgconnect/travel.drt");
        });
    }

    @Test
    void aTemplateNoDataFileUsesIsAProblem() {
        Validation validation = validate("cbgconnect/travel.drt", TEMPLATE, "connect1/travel.data.drt", CONNECT_1);
        Validation unused = validate("cbgconnect/travel.drt", TEMPLATE, "connectsecure365/x.drl", """
                package connectsecure365;
                rule "x" @id("X") @seed("s") @section("§") when then end
                """);

        assertThat(validation.ok()).isTrue();
        assertThat(unused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("cbgconnect/travel.drt");
            assertThat(p.message()).contains("no data file");
        });
    }

    @Test
    void aMissingOrUnknownValueIsReportedInTheDataFile() {
        Validation missing = validate("cbgconnect/travel.drt", TEMPLATE,
                "connect1/travel.data.drt", CONNECT_1.replace("costs = NONE\n", ""));
        Validation unknown = validate("cbgconnect/travel.drt", TEMPLATE,
                "connect1/travel.data.drt", CONNECT_1 + "cost = NONE\n");

        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("connect1/travel.data.drt");
            assertThat(p.message()).contains("costs");
        });
        assertThat(unknown.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("connect1/travel.data.drt");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.message()).contains("cost");
        });
    }
}
