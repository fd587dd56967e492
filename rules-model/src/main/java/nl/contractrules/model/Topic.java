package nl.contractrules.model;

/** The subject of a document conflict. */
public enum Topic {
    GENERAL, SLA
}
