package nl.contractrules.model;

/** What a mobile usage limit check answers. */
public enum UsageStatus {
    OK, WARN, BLOCK
}
