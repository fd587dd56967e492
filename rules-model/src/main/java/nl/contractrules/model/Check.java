package nl.contractrules.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.List;

/** Validation helpers for the compact constructors of the model's records (COMMON.VALID). */
final class Check {
    private Check() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, null, "is required");
        }
        return value;
    }

    static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    static Integer notNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new InvalidInputException(field, value, "must not be negative");
        }
        return value;
    }

    static BigDecimal notNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new InvalidInputException(field, value, "must not be negative");
        }
        return value;
    }

    static Integer between(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw new InvalidInputException(field, value, "must be between " + min + " and " + max);
        }
        return value;
    }

    static Integer atLeast(Integer value, int min, String field) {
        if (value != null && value < min) {
            throw new InvalidInputException(field, value, "must be at least " + min);
        }
        return value;
    }

    static <C extends Collection<?>> C atLeastSize(C values, int min, String field) {
        if (values != null && values.size() < min) {
            throw new InvalidInputException(field, values, "needs at least " + min + " entries");
        }
        return values;
    }

    static String notBlank(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new InvalidInputException(field, value, "must not be blank");
        }
        return value;
    }

    /** Rejects an interval whose end lies before its start; {@code endField} is named. */
    static <T extends Temporal & Comparable<? super T>> void notBefore(T start, T end, String endField) {
        if (start != null && end != null && end.compareTo(start) < 0) {
            throw new InvalidInputException(endField, end, "must not be before the start " + start);
        }
    }

    /** An amount of money or credits: not negative, at most {@link Limits#MAX_AMOUNT}, {@link Limits#MAX_DECIMALS} places. */
    static BigDecimal amount(BigDecimal value, String field) {
        notNegative(value, field);
        if (value != null && value.compareTo(Limits.MAX_AMOUNT) > 0) {
            throw new InvalidInputException(field, shown(value),
                    "must not be above " + Limits.MAX_AMOUNT.toPlainString());
        }
        if (value != null && value.stripTrailingZeros().scale() > Limits.MAX_DECIMALS) {
            throw new InvalidInputException(field, shown(value),
                    "must have at most " + Limits.MAX_DECIMALS + " decimal places");
        }
        return value;
    }

    /** A date in the years {@link Limits#FIRST_YEAR} to {@link Limits#LAST_YEAR}. */
    static LocalDate date(LocalDate value, String field) {
        if (value != null && outsideYears(value.getYear())) {
            throw new InvalidInputException(field, value, yearsText());
        }
        return value;
    }

    /** A time whose date, as written, lies in the years {@link Limits#FIRST_YEAR} to {@link Limits#LAST_YEAR}. */
    static ZonedDateTime time(ZonedDateTime value, String field) {
        if (value != null && outsideYears(value.getYear())) {
            throw new InvalidInputException(field, value.toOffsetDateTime(), yearsText());
        }
        return value;
    }

    /** A list without null entries; a null entry is named by its position, e.g. {@code outages[0]}. */
    static <E> List<E> entries(List<E> values, String field) {
        for (int i = 0; values != null && i < values.size(); i++) {
            required(values.get(i), field + "[" + i + "]");
        }
        return values;
    }

    /** A number as written in plain digits, or in scientific notation when that would run to many digits. */
    private static String shown(BigDecimal value) {
        return Math.abs(value.scale()) <= 40 ? value.toPlainString() : value.toString();
    }

    private static boolean outsideYears(int year) {
        return year < Limits.FIRST_YEAR || year > Limits.LAST_YEAR;
    }

    private static String yearsText() {
        return "must lie in the years " + Limits.FIRST_YEAR + " to " + Limits.LAST_YEAR;
    }
}
