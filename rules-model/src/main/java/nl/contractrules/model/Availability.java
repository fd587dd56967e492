package nl.contractrules.model;

/** How an incident counts against availability. */
public enum Availability {
    UNAVAILABLE, INCIDENT, EXCLUDED
}
