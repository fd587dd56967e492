package nl.contractrules.api;

import java.util.List;
import nl.contractrules.model.RuleProblem;

/**
 * The result of compiling a rule set to check it: every problem, each at its file and line, and the number of
 * rules compiled (0 when the files do not compile).
 *
 * @param problems  empty when the rule set can be used
 * @param ruleCount rules in the compiled rule set
 */
public record Validation(List<RuleProblem> problems, int ruleCount) {
    public Validation {
        problems = List.copyOf(problems);
    }

    /** True when the rule set has no problems and can replace the rules in use. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
