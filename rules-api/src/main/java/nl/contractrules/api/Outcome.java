package nl.contractrules.api;

/** What evaluating one case gives: a {@link Decision}, or a {@link Rejection} of its input. */
public sealed interface Outcome permits Decision, Rejection {
}
