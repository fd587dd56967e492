package nl.contractrules.model;

/** What a termination notice ends. */
public enum TerminationScope {
    SUBSCRIPTION, CONTRACT, SERVICE
}
