package nl.contractrules.model;

/** Which way a call went: made by the subscriber, or received. */
public enum CallDirection {
    OUTGOING, INCOMING
}
