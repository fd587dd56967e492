package nl.contractrules.model;

/**
 * A problem found while compiling a rule set, printed as {@code file:line: message}.
 *
 * @param file path relative to the rule set's root, empty when the problem concerns the whole rule set
 * @param line 1-based line, 0 when the problem concerns the whole file
 */
public record RuleProblem(String file, int line, String message) {
    @Override
    public String toString() {
        return file.isEmpty() ? message : file + ":" + line + ": " + message;
    }
}
