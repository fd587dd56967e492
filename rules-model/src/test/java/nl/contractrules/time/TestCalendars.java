package nl.contractrules.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The production calendar file, as shipped in rules-drl, parsed once for the tests. */
final class TestCalendars {

    static final String RESOURCE = "rules-drl/src/main/resources/contract-rules/calendars.properties";
    static final String TEXT = read();
    static final Calendars CALENDARS = Calendars.parse(TEXT);
    static final BusinessCalendar CBG = CALENDARS.calendar("CBG_OFFICE");
    static final BusinessCalendar WN = CALENDARS.calendar("WN_OFFICE");
    static final BusinessCalendar MS = CALENDARS.calendar("MS_BUSINESS");
    static final BusinessCalendar ALWAYS = CALENDARS.calendar("ALWAYS");
    static final HolidaySet NL_COMMON = CALENDARS.holidays("NL_COMMON");

    private TestCalendars() {
    }

    private static String read() {
        Path file = Stream.of(Path.of("..", RESOURCE), Path.of(RESOURCE))
                .filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("cannot find " + RESOURCE));
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
