package nl.contractrules.model;

/** What a fair-use measurement measures. */
public enum FairUseMeasure {
    SUPPORT_TIME, CALL_MINUTES
}
