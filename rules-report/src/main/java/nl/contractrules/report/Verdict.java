package nl.contractrules.report;

import java.time.ZonedDateTime;

/** How an incident decision fared against one target (COMMON.MET), as its fields say. */
public enum Verdict {
    /** The target's {@code …Met} is true. */
    MET,
    /** The target's {@code …Met} is false. */
    MISSED,
    /** A deadline, but no moment given to measure against it. */
    NOT_MEASURED,
    /** The decision has no deadline for it. */
    NO_TARGET;

    /** A target's verdict from its deadline and its {@code …Met} field. */
    static Verdict of(ZonedDateTime deadline, Boolean met) {
        if (met != null) {
            return met ? MET : MISSED;
        }
        return deadline == null ? NO_TARGET : NOT_MEASURED;
    }

    /** The name in the JSON and CSV figures: {@code met}, {@code missed}, {@code notMeasured}, {@code noTarget}. */
    public String jsonName() {
        return switch (this) {
            case MET -> "met";
            case MISSED -> "missed";
            case NOT_MEASURED -> "notMeasured";
            case NO_TARGET -> "noTarget";
        };
    }

    /** The words a reader sees. */
    public String label() {
        return switch (this) {
            case MET -> "met";
            case MISSED -> "missed";
            case NOT_MEASURED -> "not measured";
            case NO_TARGET -> "no target";
        };
    }
}
