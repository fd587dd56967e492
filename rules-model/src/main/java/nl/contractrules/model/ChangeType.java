package nl.contractrules.model;

/** Kinds of change request (C1.CH.1, C1.CH.4). */
public enum ChangeType {
    SOFTWARE_STANDARD, SOFTWARE_WITH_LICENSES, SOFTWARE_WITH_LICENSES_AND_HARDWARE, HARDWARE_ONLY, ADMINISTRATIVE, MAINTENANCE, HELP
}
