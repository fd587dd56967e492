package nl.contractrules.api;

/**
 * The outcome of one case of a bulk run, with the case and its position in the input.
 *
 * @param position the case's place in the input, 1 for the first (for a JSON Lines file: its line number)
 */
public record BulkResult(long position, BulkCase bulkCase, Outcome<?> outcome) {

    /** Whether the case was decided rather than rejected. */
    public boolean decided() {
        return outcome instanceof Decision;
    }
}
