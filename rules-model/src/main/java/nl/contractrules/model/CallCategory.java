package nl.contractrules.model;

/**
 * The category of a call: a call made by the dialled number's kind, a call received by where the subscriber was.
 */
public enum CallCategory {
    NATIONAL, SERVICE_NUMBER, INTERNATIONAL, RECEIVED, RECEIVED_ABROAD
}
