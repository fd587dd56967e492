package nl.contractrules.model;

/** Connect 1 SLA class of a service: A (Always) or the standard class. */
public enum SlaClass {
    A, STANDARD
}
