package nl.contractrules.tests.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.json.CaseParser;
import nl.contractrules.json.Scenario;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.model.Regime;
import nl.contractrules.tests.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The hand-written baseline decides what the rules decide: the same fields, rulebook IDs and flags (or the same
 * rejected field) on every incident of the Connect Secure 365 and KPN EEN scenario files and examples.
 */
class HandWrittenTest {
    private static final Scenarios SCENARIOS = Scenarios.in(Path.of("src/test/resources/scenarios"),
            Path.of("../examples"));
    private static final Set<Regime> REGIMES = EnumSet.of(Regime.CONNECT_SECURE_365, Regime.KPN_EEN);
    private static final ContractRules RULES = ContractRules.bundled();
    private static final HandWritten BASELINE = HandWritten.bundled();

    @Test
    void decidesEveryIncidentScenarioAsTheRules() throws IOException {
        List<Regime> compared = new ArrayList<>();
        for (Path file : SCENARIOS.files()) {
            Scenario scenario = Scenario.read(file);
            Contract contract;
            try {
                contract = CaseParser.contract(scenario.contract());
            } catch (InvalidInputException badContract) {
                continue;
            }
            if (!REGIMES.contains(contract.regime())) {
                continue;
            }
            for (Scenario.Case c : scenario.cases()) {
                if (!c.kind().equals("incident")) {
                    continue;
                }
                Incident incident;
                try {
                    incident = (Incident) CaseParser.input(c.kind(), c.input());
                } catch (InvalidInputException badInput) {
                    continue;
                }
                String where = file + " " + c.id();
                assertSame(where, RULES.evaluate(contract, incident), decide(contract, incident));
                compared.add(contract.regime());
            }
        }
        assertThat(compared).as("incidents compared").hasSizeGreaterThan(20).containsAll(REGIMES);
    }

    @Test
    void decidesTheBenchmarkIncidentsAsTheRules() {
        DecideBenchmark bench = new DecideBenchmark();
        bench.setUp();
        assertSame("CS365 benchmark incident", bench.decideIncident(), bench.decideIncidentHandWritten());
        assertSame("KPN benchmark incident", bench.decideKpnIncident(), bench.decideKpnIncidentHandWritten());
        assertThat(bench.decideIncident()).isInstanceOf(Decision.class);
        assertThat(bench.decideKpnIncident().get(IncidentFields.REPAIR_DEADLINE)).isNotNull();
    }

    private static HandWritten.Result decide(Contract contract, Incident incident) {
        return contract.regime() == Regime.KPN_EEN ? BASELINE.kpnEen(contract, incident)
                : BASELINE.connectSecure365(contract, incident);
    }

    private static void assertSame(String where, Outcome<Incident> rules, HandWritten.Result handWritten) {
        if (rules instanceof Rejection<Incident> rejection) {
            assertThat(handWritten.rejectedField()).as(where + ": rejected field").isEqualTo(rejection.field());
            return;
        }
        Decision<Incident> decision = (Decision<Incident>) rules;
        assertThat(handWritten.rejectedField()).as(where + ": rejected by hand, decided by the rules").isNull();
        assertThat(handWritten.fields()).as(where + ": fields").isEqualTo(decision.asMap());
        assertThat(handWritten.rules()).as(where + ": rulebook IDs")
                .isEqualTo(decision.rules().stream().map(Object::toString).toList());
        assertThat(handWritten.flags()).as(where + ": flags")
                .isEqualTo(decision.flags().stream().map(Object::toString).toList());
    }

}
