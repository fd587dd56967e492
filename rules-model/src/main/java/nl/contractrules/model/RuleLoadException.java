package nl.contractrules.model;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not compile; {@link #problems()} lists every problem with its file and line. */
public final class RuleLoadException extends RuntimeException {
    private final transient List<RuleProblem> problems;

    public RuleLoadException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
