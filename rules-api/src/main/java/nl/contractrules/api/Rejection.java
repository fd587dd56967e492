package nl.contractrules.api;

/**
 * A case that was not decided: bad input (the field and the problem), a kind its regime does not decide,
 * or a rule-set failure (field {@code rules}).
 */
public record Rejection(String field, String message) implements Outcome {
    @Override
    public String toString() {
        return message;
    }
}
