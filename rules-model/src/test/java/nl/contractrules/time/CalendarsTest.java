package nl.contractrules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarsTest {

    private static ZonedDateTime at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), ContractTime.ZONE);
    }

    @Test
    void productionFileHasTheFourCalendarsOfCommonCal() {
        Calendars c = TestCalendars.CALENDARS;
        assertThat(c.calendarIds()).containsExactly("ALWAYS", "CBG_OFFICE", "MS_BUSINESS", "WN_OFFICE");
        // Monday 9 March 2026; opening hours and closing of each calendar
        assertThat(c.calendar("CBG_OFFICE").nextOpening(at("2026-03-09T00:00"))).isEqualTo(at("2026-03-09T08:30"));
        assertThat(c.calendar("CBG_OFFICE").businessDaysDue(at("2026-03-09T10:00"), 0)).isEqualTo(at("2026-03-09T17:00"));
        assertThat(c.calendar("WN_OFFICE").nextOpening(at("2026-03-09T00:00"))).isEqualTo(at("2026-03-09T09:00"));
        assertThat(c.calendar("WN_OFFICE").businessDaysDue(at("2026-03-09T10:00"), 0)).isEqualTo(at("2026-03-09T17:00"));
        assertThat(c.calendar("MS_BUSINESS").nextOpening(at("2026-03-09T00:00"))).isEqualTo(at("2026-03-09T09:00"));
        assertThat(c.calendar("MS_BUSINESS").businessDaysDue(at("2026-03-09T10:00"), 0)).isEqualTo(at("2026-03-09T17:30"));
        for (String id : new String[] {"CBG_OFFICE", "WN_OFFICE", "MS_BUSINESS"}) {
            BusinessCalendar cal = c.calendar(id);
            assertThat(cal.isBusinessDay(LocalDate.of(2026, 3, 7))).as(id).isFalse(); // Saturday
            assertThat(cal.isBusinessDay(LocalDate.of(2026, 3, 8))).as(id).isFalse(); // Sunday
            assertThat(cal.isBusinessDay(LocalDate.of(2026, 5, 14))).as(id).isFalse(); // Hemelvaartsdag
            assertThat(cal.isBusinessDay(LocalDate.of(2026, 3, 6))).as(id).isTrue(); // Friday
        }
        BusinessCalendar always = c.calendar("ALWAYS");
        assertThat(always.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(always.isOpen(at("2026-03-08T00:00"))).isTrue();
        assertThat(always.addBusinessTime(at("2026-03-08T23:00"), Duration.ofHours(1))).isEqualTo(at("2026-03-09T00:00"));
    }

    @Test
    void parsesListsRangesCommentsAndHolidaysDefinedLater() {
        Calendars c = Calendars.parse("""
                # comment
                calendar.SHOP = MON,WED,FRI-SAT 10:00-18:00 XMAS

                  calendar.NIGHT = SUN-MON 20:00-24:00
                holidays.XMAS = fixed 12-25
                calendar.PLAIN = MON-FRI 09:00-17:00 NONE
                """);
        assertThat(c.calendarIds()).containsExactly("NIGHT", "PLAIN", "SHOP");
        BusinessCalendar shop = c.calendar("SHOP");
        assertThat(shop.id()).isEqualTo("SHOP");
        assertThat(shop.isBusinessDay(LocalDate.of(2026, 3, 9))).isTrue(); // Mon
        assertThat(shop.isBusinessDay(LocalDate.of(2026, 3, 10))).isFalse(); // Tue
        assertThat(shop.isBusinessDay(LocalDate.of(2026, 3, 13))).isTrue(); // Fri
        assertThat(shop.isBusinessDay(LocalDate.of(2026, 3, 14))).isTrue(); // Sat
        assertThat(shop.isBusinessDay(LocalDate.of(2026, 3, 15))).isFalse(); // Sun
        assertThat(shop.isBusinessDay(LocalDate.of(2026, 12, 25))).isFalse(); // Fri, XMAS
        assertThat(c.holidays("XMAS").isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        BusinessCalendar night = c.calendar("NIGHT");
        assertThat(night.isBusinessDay(LocalDate.of(2026, 3, 8))).isTrue(); // Sun
        assertThat(night.isBusinessDay(LocalDate.of(2026, 3, 9))).isTrue(); // Mon
        assertThat(night.isBusinessDay(LocalDate.of(2026, 3, 10))).isFalse();
        assertThat(night.businessDaysDue(at("2026-03-08T21:00"), 1)).isEqualTo(at("2026-03-10T00:00"));
        assertThat(c.calendar("PLAIN").isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
    }

    @Test
    void unknownIdsAreNamed() {
        assertThatThrownBy(() -> TestCalendars.CALENDARS.calendar("NOPE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> TestCalendars.CALENDARS.holidays("NOPE_HOL"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE_HOL");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "calendar.X = MON-FRY 09:00-17:00 | FRY",
            "calendar.X = MON-FRI 9:00-17:00 | 9:00-17:00",
            "calendar.X = MON-FRI 09:00-25:00 | 25:00",
            "calendar.X = MON-FRI 09:00-00:00 | 00:00",
            "calendar.X = MON-FRI 17:00-09:00 | 17:00-09:00",
            "calendar.X = MON-FRI 09:00-17:00 NL_COMON | NL_COMON",
            "calendar.X = MON-FRI | MON-FRI",
            "calendar.X = MON-TUE-WED 09:00-17:00 | MON-TUE-WED",
            "calendar.X MON-FRI 09:00-17:00 | calendar.X MON-FRI",
            "calender.X = MON-FRI 09:00-17:00 | calender.X",
            "calendar.X-Y = MON-FRI 09:00-17:00 | X-Y",
            "holidays.H = fixed 13-45 | fixed 13-45",
            "holidays.NL_COMMON = fixed 01-01 | NL_COMMON"})
    void errorsNameLineAndValue(String badLine, String badValue) {
        String text = "# header\nholidays.NL_COMMON = fixed 01-01\n" + badLine + "\n";
        assertThatThrownBy(() -> Calendars.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining(badValue);
    }
}
