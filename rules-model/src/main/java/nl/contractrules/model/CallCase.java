package nl.contractrules.model;

/**
 * A call, to classify and to decide whether a subscription includes it: the number as dialled (for an incoming call
 * the caller's), which way it went ({@code OUTGOING} when not given) and whether the subscriber was abroad.
 */
public record CallCase(String number, CallDirection direction, boolean abroad) implements CaseInput {
    public CallCase {
        number = Check.notBlank(number, "number").replaceAll("[\\s-]", "");
        if (!number.matches("\\+?[0-9]+")) {
            throw new InvalidInputException("number", number, "must be digits, optionally after a leading +");
        }
        direction = direction == null ? CallDirection.OUTGOING : direction;
    }

    /** An outgoing call made at home. */
    public CallCase(String number) {
        this(number, CallDirection.OUTGOING, false);
    }

    /** A call to that number, as dialled (spaces and dashes are dropped). */
    public static CallCase of(String number) {
        return new CallCase(number);
    }

    @Override
    public CaseKind kind() {
        return CaseKind.CALL;
    }
}
