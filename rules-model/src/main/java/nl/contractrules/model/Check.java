package nl.contractrules.model;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Collection;

/** Validation helpers for the compact constructors of the model's records (COMMON.VALID). */
public final class Check {
    private Check() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, "is required");
        }
        return value;
    }

    public static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    public static Integer notNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, value, "must not be negative");
        }
        return value;
    }

    public static BigDecimal notNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException(field, value, "must not be negative");
        }
        return value;
    }

    public static Integer between(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, value, "must be between " + min + " and " + max);
        }
        return value;
    }

    public static Integer atLeast(Integer value, int min, String field) {
        if (value != null && value < min) {
            throw new InvalidInputException(field, value, "must be at least " + min);
        }
        return value;
    }

    public static <C extends Collection<?>> C atLeastSize(C values, int min, String field) {
        if (values != null && values.size() < min) {
            throw new InvalidInputException(field, values, "needs at least " + min + " entries");
        }
        return values;
    }

    public static String notBlank(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new InvalidInputException(field, value, "must not be blank");
        }
        return value;
    }

    /** Rejects an interval whose end lies before its start; {@code endField} is named. */
    public static <T extends Temporal & Comparable<? super T>> void notBefore(T start, T end, String endField) {
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new InvalidInputException(endField, end, "must not be before the start " + start);
        }
    }
}
