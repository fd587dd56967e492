package nl.contractrules.model;

/** The service an incident concerns. */
public enum ServiceType {
    INTERNET, VOIP, MOBILE, SIM_BLOCK, OFFICE_365, OTHER
}
