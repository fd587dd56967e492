package nl.contractrules.model;

/** The hours in which an incident is handled; its scenario-format name is {@link #toString()} ({@code 24X7}). */
public enum ServiceWindow {
    OFFICE_HOURS("OFFICE_HOURS"),
    TWENTY_FOUR_SEVEN("24X7");

    private final String specName;

    ServiceWindow(String specName) {
        this.specName = specName;
    }

    /** The name in the scenario format: {@code OFFICE_HOURS} or {@code 24X7}. */
    @Override
    public String toString() {
        return specName;
    }
}
