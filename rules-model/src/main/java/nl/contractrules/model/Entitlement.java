package nl.contractrules.model;

/** Whether a Microsoft service is in the package or an add-on. */
public enum Entitlement {
    INCLUDED, ADD_ON
}
