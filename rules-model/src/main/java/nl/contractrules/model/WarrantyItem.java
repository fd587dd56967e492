package nl.contractrules.model;

/** What a warranty covers. */
public enum WarrantyItem {
    EQUIPMENT, BATTERY_PACK, INSTALLATION
}
