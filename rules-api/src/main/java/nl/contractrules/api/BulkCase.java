package nl.contractrules.api;

import java.util.Objects;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.InvalidInputException;

/**
 * One case of a bulk run: its id, the contract it falls under and its input, or why it could not be read.
 *
 * <p>A case that was read is built with {@link #of}; one whose contract or input could not be obtained (an
 * unknown contract id, a value that fails validation, a line that is not JSON) with {@link #unreadable}, so that
 * it still takes its place in the run and comes back as a {@link Rejection} naming the problem's field.
 *
 * @param id         the caller's name for the case (a ticket number, say), echoed in the result; may be null
 * @param contractId the id of the contract the case falls under, as the input gave it; may be null
 * @param kind       the case kind's name as the input gave it ({@code incident}, {@code fairUse}…); may be null
 * @param contract   the contract; null exactly when the case is unreadable
 * @param input      the input; null exactly when the case is unreadable
 * @param problem    why the case could not be read; null when it was read
 */
public record BulkCase(String id, String contractId, String kind, Contract contract, CaseInput input,
                       InvalidInputException problem) {

    public BulkCase {
        if (problem == null) {
            Objects.requireNonNull(contract, "contract");
            Objects.requireNonNull(input, "input");
        } else if (contract != null || input != null) {
            throw new IllegalArgumentException("an unreadable case has neither contract nor input");
        }
    }

    /** A case that was read: the contract's id and the input's kind name it. */
    public static BulkCase of(String id, Contract contract, CaseInput input) {
        return new BulkCase(id, contract.id(), input.kind().jsonName(), contract, input, null);
    }

    /** A case that could not be read: it is rejected with the problem's field and message. */
    public static BulkCase unreadable(String id, String contractId, String kind, InvalidInputException problem) {
        return new BulkCase(id, contractId, kind, null, null, Objects.requireNonNull(problem, "problem"));
    }

    /** Whether the contract and the input were read. */
    public boolean readable() {
        return problem == null;
    }
}
