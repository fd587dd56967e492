package nl.contractrules.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.contractrules.model.Regime;
import nl.contractrules.model.RuleFile;
import org.junit.jupiter.api.Test;

/** Every contract number of a rule set, read from its template tables and decision tables, one a line. */
class ContractTermsTest {
    private static final String TERMS = """
            Template,terms.drt
            Notes,"Numbers, one a row"
            term,id,seed,section,quote,minutes,weeks,calendar (office hours)
            fibreLeadTimeWeeks,KPN.LT.1,004.txt,§9,"20 weken",,20,
            officeHours,KPN.SW.1,004.txt,§5,"8:30 uur en 17:00 uur",,,CBG_OFFICE
            """;
    private static final String TABLE = """
            RuleSet,kpneen
            Import,nl.contractrules.model.*
            RuleTable Repair time,,,,,,
            NAME,METADATA,CONDITION,ACTION,ACTION,DESCRIPTION
            ,,,,,
            ,"id(""$param"")",Contract(tier == Tier.$param) $i : Incident(),"answer.set(IncidentFields.REPAIR_DEADLINE, time.plusClockMinutes($i.reportedAt(), $param));","answer.set(IncidentFields.REPAIR_DEADLINE, time.plusBusinessMinutes($i.reportedAt(), $param, officeHours()));",
            Rule,Rulebook ID,SLA level,Repair time in clock minutes,Repair time in office minutes,Seed says
            PREMIUM repair,"KPN.RT.1, KPN.RT.2",PREMIUM,480,,"< 8 uur (klokuren)"
            INSTAP best effort,KPN.RT.1,INSTAP,,,"Best effort"
            """;

    @Test
    void eachNumberWithItsRulebookIdUnitQuoteAndLine() {
        List<ContractTerms.Term> terms = ContractTerms.of(RuleSets.of("kpneen/terms.data.csv", TERMS,
                "kpneen/sla-levels.csv", TABLE, "connect1/notes.md", "20 weeks"));

        assertThat(terms).extracting(ContractTerms.Term::where, ContractTerms.Term::ruleId, ContractTerms.Term::name,
                ContractTerms.Term::value, ContractTerms.Term::unit, ContractTerms.Term::quote).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kpneen/sla-levels.csv:8", "KPN.RT.1, KPN.RT.2", "PREMIUM repair",
                        "480", "Repair time in clock minutes", "< 8 uur (klokuren)"),
                org.assertj.core.groups.Tuple.tuple("kpneen/terms.data.csv:4", "KPN.LT.1", "fibreLeadTimeWeeks", "20",
                        "weeks", "20 weken"),
                org.assertj.core.groups.Tuple.tuple("kpneen/terms.data.csv:5", "KPN.SW.1", "officeHours",
                        "CBG_OFFICE", "calendar (office hours)", "8:30 uur en 17:00 uur"));
        assertThat(terms).allSatisfy(t -> assertThat(t.regime()).isEqualTo(Regime.KPN_EEN));
        assertThat(terms.get(0).keys()).containsExactly("PREMIUM");
        assertThat(terms.get(2).calendar()).startsWith("calendars.properties:")
                .endsWith("calendar.CBG_OFFICE = MON-FRI 08:30-17:00 NL_COMMON");
    }

    @Test
    void everyBundledNumberIsOnTheLineItNames() {
        List<RuleFile> files = RuleFile.bundled();
        List<ContractTerms.Term> terms = ContractTerms.of(files);

        assertThat(terms).hasSizeGreaterThan(80);
        assertThat(terms).extracting(ContractTerms.Term::regime).contains(Regime.values());
        for (ContractTerms.Term term : terms) {
            String line = files.stream().filter(f -> f.path().equals(term.file())).findFirst().map(f ->
                    new String(f.content(), java.nio.charset.StandardCharsets.UTF_8).lines().toList()
                            .get(term.line() - 1)).orElseThrow();
            assertThat(line).as(term.where()).contains(term.value());
            assertThat(term.ruleId()).as(term.where()).isNotBlank();
            assertThat(line).as(term.where()).contains(term.ruleId());
        }
    }
}
