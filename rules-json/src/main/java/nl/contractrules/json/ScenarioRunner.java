package nl.contractrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;

/** Evaluates a scenario's cases with a rule set and checks their expectations. */
public final class ScenarioRunner {
    private final ContractRules rules;

    public ScenarioRunner(ContractRules rules) {
        this.rules = rules;
    }

    /** The outcome of one case and the mismatches with its expectation (empty when none or all met). */
    public record Result(Scenario.Case scenarioCase, Outcome outcome, List<Expectations.Mismatch> mismatches) {
        public boolean passed() {
            return mismatches.isEmpty();
        }

        /** The outcome as JSON, with the case's id and kind first. */
        public ObjectNode toJson() {
            ObjectNode node = Json.MAPPER.createObjectNode();
            node.put("id", scenarioCase.id());
            node.put("kind", scenarioCase.kind());
            node.setAll(Json.toJson(outcome));
            return node;
        }
    }

    /** Evaluates every case in file order; a bad contract or input rejects only the cases it concerns. */
    public List<Result> run(Scenario scenario) {
        Contract contract = null;
        Rejection contractError = null;
        try {
            contract = CaseParser.contract(scenario.contract());
        } catch (InvalidInputException e) {
            contractError = Rejection.InvalidInput.of(e);
        }
        List<Result> results = new ArrayList<>();
        for (Scenario.Case c : scenario.cases()) {
            Outcome outcome = contractError != null ? contractError : evaluate(contract, c);
            List<String> kindFields = CaseKind.fromJsonName(c.kind())
                    .map(k -> k.fields().stream().map(f -> f.name()).toList()).orElse(List.of());
            JsonNode actual = Json.toJson(outcome);
            results.add(new Result(c, outcome, Expectations.check(c.expect(), actual, kindFields)));
        }
        return results;
    }

    private Outcome evaluate(Contract contract, Scenario.Case c) {
        try {
            return rules.evaluate(contract, CaseParser.input(c.kind(), c.input()));
        } catch (InvalidInputException e) {
            return Rejection.InvalidInput.of(e);
        }
    }
}
