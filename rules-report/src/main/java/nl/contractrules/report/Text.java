package nl.contractrules.report;

import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.contractrules.time.ContractTime;

/** How the pages write values: times in the contracts' time zone to the minute, decimals as decided. */
final class Text {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Text() {
    }

    /** {@code Mon 23 Nov 2026 10:00}, local time (COMMON.TZ); empty for null. */
    static String time(ZonedDateTime t) {
        return t == null ? "" : ContractTime.local(t).format(TIME);
    }

    /** {@code 10:00}, local time. */
    static String clock(ZonedDateTime t) {
        return ContractTime.local(t).format(CLOCK);
    }

    /** A decimal as decided, e.g. {@code 99.722}; empty for null. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** Values as a list a person reads, e.g. {@code KPN.RT.1, KPN.RT.3}. */
    static String list(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(", "));
    }

    /** A count of minutes; empty for null. */
    static String minutes(Integer minutes) {
        return minutes == null ? "" : String.valueOf(minutes);
    }
}
