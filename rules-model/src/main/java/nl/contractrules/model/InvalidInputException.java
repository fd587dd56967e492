package nl.contractrules.model;

/**
 * Bad input (COMMON.VALID): names the field and the value that were rejected.
 * Thrown on construction of a model value, or by a rule that finds an input the contract does not allow.
 */
public final class InvalidInputException extends IllegalArgumentException {
    private final String field;
    private final transient Object value;

    public InvalidInputException(String field, Object value, String problem) {
        this(field, value, problem, true);
    }

    private InvalidInputException(String field, Object value, String text, boolean prefix) {
        super(prefix ? field + ": " + text + (value == null ? "" : " (was " + value + ")") : text);
        this.field = field;
        this.value = value;
    }

    /** An exception for a rejection whose message already names the field (and the value, when it matters). */
    public static InvalidInputException withMessage(String field, Object value, String message) {
        return new InvalidInputException(field, value, message, false);
    }

    /** The name of the rejected field, as the scenario JSON spells it (e.g. {@code reportedAt}). */
    public String field() {
        return field;
    }

    /** The rejected value, or null when it was missing. */
    public Object value() {
        return value;
    }
}
