package nl.contractrules.time;

import java.time.LocalDate;
import java.util.Objects;

/** Calendar quarters (January–March, April–June, July–September, October–December). */
public final class Quarters {

    private Quarters() {
    }

    /** The first day of the calendar quarter that contains {@code date}. */
    public static LocalDate firstDayOfQuarter(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int firstMonth = (date.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1);
    }

    /** The first day of the calendar quarter after the one that contains {@code date}. */
    public static LocalDate firstDayOfNextQuarter(LocalDate date) {
        return firstDayOfQuarter(date).plusMonths(3);
    }
}
