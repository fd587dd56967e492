package nl.contractrules.model;

/** A regime's service tier, package or SLA level ({@link Regime#tiers()} says which belong where). */
public enum Tier {
    STANDAARD, BASIS, EXTRA, ADVANCED, PERFORMANCE, CORE, PREMIUM, INSTAP
}
