package nl.contractrules.api;

import nl.contractrules.model.CaseInput;

/**
 * What evaluating one case gives: a {@link Decision}, or a {@link Rejection} of the case.
 *
 * @param <K> the input type of the case, e.g. {@code Incident}
 */
public sealed interface Outcome<K extends CaseInput> permits Decision, Rejection {
}
