package nl.contractrules.model;

/** The rate billed work is charged at. */
public enum Rate {
    OFFICE_HOURS, OUT_OF_HOURS
}
