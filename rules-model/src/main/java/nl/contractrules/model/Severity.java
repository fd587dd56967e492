package nl.contractrules.model;

/** Microsoft severity levels (MS.SEV.1). */
public enum Severity {
    SEV_1, SEV_A, SEV_B, SEV_C
}
