package nl.contractrules.json;

/** A scenario file that cannot be read or is not a scenario at all (the CLI exits 2). */
public final class ScenarioFormatException extends RuntimeException {
    public ScenarioFormatException(String message) {
        super(message);
    }
}
