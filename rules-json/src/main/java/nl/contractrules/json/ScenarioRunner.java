package nl.contractrules.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Outcome;
import nl.contractrules.api.Rejection;
import nl.contractrules.model.CaseInput;
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
    public record Result(Scenario.Case scenarioCase, Outcome<?> outcome, List<Expectations.Mismatch> mismatches) {
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

    /**
     * A scenario read into model values: its contract and each case's input, or the rejection that stands for a case
     * whose contract or input is bad. Reading needs no rules, so it may run ahead of their loading.
     */
    public static final class Prepared {
        private final List<Step> steps;

        private Prepared(List<Step> steps) {
            this.steps = steps;
        }
    }

    /** One case ready to evaluate: its contract and input, or the rejection that is its outcome. */
    private record Step(Scenario.Case scenarioCase, Contract contract, CaseInput input, Rejection<?> rejection) {
        Outcome<?> evaluate(ContractRules rules) {
            if (rejection != null) {
                return rejection;
            }
            try {
                return rules.evaluate(contract, input);
            } catch (InvalidInputException e) {
                return Rejection.InvalidInput.of(e);
            }
        }
    }

    /** Reads the scenario's contract and inputs; a bad contract or input rejects only the cases it concerns. */
    public static Prepared prepare(Scenario scenario) {
        Contract contract = null;
        Rejection<?> contractError = null;
        try {
            contract = CaseParser.contract(scenario.contract());
        } catch (InvalidInputException e) {
            contractError = Rejection.InvalidInput.of(e);
        }
        List<Step> steps = new ArrayList<>();
        for (Scenario.Case c : scenario.cases()) {
            if (contractError != null) {
                steps.add(new Step(c, null, null, contractError));
                continue;
            }
            try {
                steps.add(new Step(c, contract, CaseParser.input(c.kind(), c.input()), null));
            } catch (InvalidInputException e) {
                steps.add(new Step(c, null, null, Rejection.InvalidInput.of(e)));
            }
        }
        return new Prepared(steps);
    }

    /** Evaluates every case in file order; a bad contract or input rejects only the cases it concerns. */
    public List<Result> run(Scenario scenario) {
        return run(prepare(scenario));
    }

    /** Evaluates every case of a prepared scenario in file order. */
    public List<Result> run(Prepared prepared) {
        List<Result> results = new ArrayList<>();
        for (Step step : prepared.steps) {
            Scenario.Case c = step.scenarioCase();
            Outcome<?> outcome = step.evaluate(rules);
            List<String> kindFields = CaseKind.fromJsonName(c.kind())
                    .map(k -> k.fields().stream().map(f -> f.name()).toList()).orElse(List.of());
            JsonNode actual = Json.toJson(outcome);
            results.add(new Result(c, outcome, Expectations.check(c.expect(), actual, kindFields)));
        }
        return results;
    }
}
