package nl.contractrules.api;

import static nl.contractrules.api.RuleSets.validate;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.contractrules.model.Citation;
import nl.contractrules.model.Contract;
import nl.contractrules.model.PeriodFields;
import nl.contractrules.model.PeriodKind;
import nl.contractrules.model.PeriodQuery;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.Tier;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A rule template's data as a table ({@code *.data.csv}): one expansion of the template per row, into the table's
 * folder's package; an empty cell leaves out the template's lines that use it.
 */
class TemplateTableTest {
    private static final String TEMPLATE = """
            // A period: so many weeks or days after its start.
            template header
            rule
            id
            seed
            section
            quote
            period
            weeks
            days

            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;

            template "period"
            rule "@{rule}"
                @id("@{id}") @seed("@{seed}") @section("@{section}")
            when
                $q : PeriodQuery(what == PeriodKind.@{period})
            then
                answer.set(PeriodFields.UNTIL, $q.from().plusWeeks(@{weeks}));
                answer.set(PeriodFields.UNTIL, $q.from().plusDays(@{days}));
            end
            end template
            """;
    private static final String CONNECT_1 = """
            Template,periods.drt
            Notes,"Connect 1's periods, one a row"
            rule,id,seed,section,quote,period,weeks,days (after the start)
            C1 fibre,C1.LT.1,001.txt,§5,"20 weken",FIBRE_DELIVERY,20,
            C1 quote,C1.MISC.1,001.txt,§12,"14 dagen",QUOTE_VALIDITY,,14
            """;
    private static final String KPN_EEN = """
            Template,periods.drt
            rule,id,seed,section,quote,period,weeks,days
            KPN fibre,KPN.LT.1,004.txt,§9,"20 weken",FIBRE_DELIVERY,21,
            """;
    private static final LocalDate FROM = LocalDate.of(2026, 1, 5);

    private static LocalDate until(ContractRules rules, Regime regime, Tier tier, PeriodKind what) {
        return rules.decide(Contract.of(regime, tier), new PeriodQuery(what, FROM)).get(PeriodFields.UNTIL);
    }

    @Test
    void eachRowIsARuleOfTheTablesRegimeWithItsOwnValues() {
        ContractRules rules = ContractRules.of(RuleSets.of("periods.drt", TEMPLATE,
                "connect1/periods.data.csv", CONNECT_1, "kpneen/periods.data.csv", KPN_EEN));

        assertThat(rules.ruleCount()).isEqualTo(3);
        assertThat(until(rules, Regime.CONNECT_1, null, PeriodKind.FIBRE_DELIVERY)).isEqualTo(FROM.plusWeeks(20));
        assertThat(until(rules, Regime.CONNECT_1, null, PeriodKind.QUOTE_VALIDITY)).isEqualTo(FROM.plusDays(14));
        assertThat(until(rules, Regime.KPN_EEN, Tier.STANDAARD, PeriodKind.FIBRE_DELIVERY))
                .isEqualTo(FROM.plusWeeks(21));
        assertThat(rules.decide(Contract.of(Regime.CONNECT_1, null),
                new PeriodQuery(PeriodKind.QUOTE_VALIDITY, FROM)).citations())
                .containsExactly(new Citation(RuleId.of("C1.MISC.1"), "001.txt", "§12"));
    }

    @Test
    void aColumnThatIsNoParameterIsReportedAtTheHeader() {
        Validation validation = validate("periods.drt", TEMPLATE, "connect1/periods.data.csv",
                CONNECT_1.replace(",days (after the start)", ",months"));

        assertThat(validation.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("connect1/periods.data.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("'months' is not a parameter of template periods.drt");
        }).anySatisfy(p -> assertThat(p.message()).contains("no column for 'days'"));
    }

    @Test
    void aRowWithMoreCellsThanColumnsIsReportedAtItsLine() {
        Validation validation = validate("periods.drt", TEMPLATE, "connect1/periods.data.csv",
                CONNECT_1.replace(",QUOTE_VALIDITY,,14", ",QUOTE_VALIDITY,,14,7"));

        assertThat(validation.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("connect1/periods.data.csv");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).contains("9 cells", "8 columns");
        });
    }

    @Test
    void aTableWithoutItsTemplateIsAProblem() {
        Validation missing = validate("connect1/periods.data.csv", CONNECT_1);
        Validation unnamed = validate("periods.drt", TEMPLATE, "connect1/periods.data.csv",
                CONNECT_1.replace("Template,periods.drt\n", ""));

        assertThat(missing.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("connect1/periods.data.csv");
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("periods.drt not found");
        });
        assertThat(unnamed.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("connect1/periods.data.csv");
            assertThat(p.message()).contains("Template,<path of its .drt>");
        });
    }

    /** As for a data file: a value that breaks the Java of a consequence is reported at its rule's line. */
    @Test
    void anErrorInARowsRuleIsReportedInTheTemplate() {
        Validation validation = validate("periods.drt", TEMPLATE, "connect1/periods.data.csv",
                CONNECT_1.replace("FIBRE_DELIVERY,20,", "FIBRE_DELIVERY,2O,"));

        assertThat(validation.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("periods.drt");
            assertThat(p.line()).isEqualTo(16);
        });
    }

    @Test
    void aBlockMayHoldOnlyFunctionsOneARowOfTheColumnARowFills() {
        String terms = """
                template header
                term
                weeks
                days

                template "terms"
                function int @{term}() { return @{weeks}; }
                function int @{term}() { return @{days}; }
                end template
                """;
        String table = """
                Template,terms.drt
                term,weeks,days
                fibreWeeks,20,
                quoteDays,,14
                """;
        String rule = """
                package connect1;
                import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                global Answer answer;
                rule "fibre" @id("C1.LT.1") @seed("001.txt") @section("§5")
                when $q : PeriodQuery(what == PeriodKind.FIBRE_DELIVERY, from.getYear() > quoteDays())
                then answer.set(PeriodFields.UNTIL, $q.from().plusWeeks(fibreWeeks()));
                end
                """;
        ContractRules rules = ContractRules.of(RuleSets.of("terms.drt", terms, "connect1/terms.data.csv", table,
                "connect1/periods.drl", rule));

        assertThat(until(rules, Regime.CONNECT_1, null, PeriodKind.FIBRE_DELIVERY)).isEqualTo(FROM.plusWeeks(20));
    }

    @Test
    void aTemplateAtTheRootServesEveryRegimeAndTheRuleSetReloads() {
        List<RuleFile> files = RuleSets.of("periods.drt", TEMPLATE, "connect1/periods.data.csv", CONNECT_1);
        ReloadableContractRules reloadable = new ReloadableContractRules(ContractRules.of(files));

        Validation reload = reloadable.reload(files);

        assertThat(reload.ok()).as(reload.problems().toString()).isTrue();
    }
}
