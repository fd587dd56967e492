package nl.contractrules.model;

/** What travel to an on-site job costs the customer. */
public enum TravelCosts {
    PER_KM_ONE_WAY, HALF_ONE_WAY, NONE, CHARGED
}
