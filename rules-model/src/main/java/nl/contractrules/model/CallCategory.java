package nl.contractrules.model;

/** The category of a dialled number. */
public enum CallCategory {
    NATIONAL, SERVICE_NUMBER, INTERNATIONAL
}
