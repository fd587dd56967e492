package nl.contractrules.model;

/** Products whose count a downgrade lowers. */
public enum DowngradeProduct {
    HIP_ONBEPERKT, SIM_ONLY, REGULAR
}
