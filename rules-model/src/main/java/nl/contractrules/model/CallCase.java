package nl.contractrules.model;

/** A dialled number, to classify and to decide whether a flat rate includes it. */
public record CallCase(String number) implements CaseInput {
    public CallCase {
        number = Check.notBlank(number, "number").replaceAll("[\\s-]", "");
        if (!number.matches("\\+?[0-9]+")) {
            throw new InvalidInputException("number", number, "must be digits, optionally after a leading +");
        }
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
