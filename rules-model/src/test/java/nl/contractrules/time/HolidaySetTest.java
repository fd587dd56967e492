package nl.contractrules.time;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidaySetTest {

    private static final HolidaySet NL = TestCalendars.NL_COMMON;

    @Test
    void nlCommon2026() {
        assertThat(NL.holidaysIn(2026)).containsExactly(of(2026, 1, 1), of(2026, 4, 6), of(2026, 4, 27),
                of(2026, 5, 14), of(2026, 5, 25), of(2026, 12, 25), of(2026, 12, 26));
        assertThat(NL.isHoliday(of(2026, 5, 5))).isFalse();
    }

    @Test
    void nlCommon2025() {
        assertThat(NL.holidaysIn(2025)).containsExactly(of(2025, 1, 1), of(2025, 4, 21), of(2025, 4, 26),
                of(2025, 5, 5), of(2025, 5, 29), of(2025, 6, 9), of(2025, 12, 25), of(2025, 12, 26));
        assertThat(of(2025, 4, 26).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(NL.isHoliday(of(2025, 4, 27))).isFalse();
    }

    @Test
    void goodFridayAndEasterSundayAreNotHolidaysButEasterMondayIs() {
        assertThat(NL.isHoliday(of(2025, 4, 18))).isFalse();
        assertThat(NL.isHoliday(of(2025, 4, 20))).isFalse();
        assertThat(NL.isHoliday(of(2025, 4, 21))).isTrue();
    }

    @Test
    void koningsdagOnSundayMovesToSaturday() {
        assertThat(of(2014, 4, 27).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(NL.isHoliday(of(2014, 4, 26))).isTrue();
        assertThat(NL.isHoliday(of(2014, 4, 27))).isFalse();
        assertThat(NL.isHoliday(of(2014, 4, 30))).isFalse();
    }

    @Test
    void koninginnedagBefore2014() {
        assertThat(NL.isHoliday(of(2013, 4, 30))).isTrue();
        assertThat(NL.isHoliday(of(2013, 4, 27))).isFalse();
        assertThat(of(2006, 4, 30).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(NL.isHoliday(of(2006, 4, 29))).isTrue();
        assertThat(NL.isHoliday(of(2006, 4, 30))).isFalse();
    }

    @Test
    void bevrijdingsdagOnlyInYearsDivisibleByFive() {
        assertThat(NL.isHoliday(of(2030, 5, 5))).isTrue();
        assertThat(NL.isHoliday(of(2020, 5, 5))).isTrue();
        assertThat(NL.isHoliday(of(2029, 5, 5))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1900-04-15", "1913-03-23", "1943-04-25", "1954-04-18", "1961-04-02", "2000-04-23",
            "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05",
            "2038-04-25", "2100-03-28", "2160-03-23", "2199-04-14"})
    void easterKnownYears(LocalDate easter) {
        // values cross-checked with python-dateutil's easter() (a different method)
        assertThat(HolidaySet.easterSunday(easter.getYear())).isEqualTo(easter);
        assertThat(HolidaySet.parse("E", "easter +0").holidaysIn(easter.getYear())).containsExactly(easter);
    }

    @Test
    void easterAgreesWithGaussForEveryYear1900To2199() {
        for (int year = 1900; year <= 2199; year++) {
            LocalDate easter = HolidaySet.easterSunday(year);
            assertThat(easter).as("Easter %d", year).isEqualTo(gauss(year));
            assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).isBetween(of(year, 3, 22), of(year, 4, 25));
        }
    }

    /** Gauss's Easter algorithm with the Gregorian exceptions, independent of the implementation. */
    private static LocalDate gauss(int y) {
        int a = y % 19, b = y % 4, c = y % 7, k = y / 100;
        int p = (13 + 8 * k) / 25, q = k / 4;
        int m = (15 - p + k - q) % 30, n = (4 + k - q) % 7;
        int d = (19 * a + m) % 30, e = (2 * b + 4 * c + 6 * d + n) % 7;
        if (d == 29 && e == 6) {
            return of(y, 4, 19);
        }
        if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) {
            return of(y, 4, 18);
        }
        return of(y, 3, 22).plusDays(d + e);
    }

    @Test
    void optionsAndYearBoundaries() {
        HolidaySet set = HolidaySet.parse("X", "fixed 01-01 sunday-to-saturday; easter -2 from 2020 until 2021;"
                + " fixed 02-29; ");
        // 1 Jan 2023 is a Sunday: moved to Saturday 31 Dec 2022
        assertThat(set.isHoliday(of(2022, 12, 31))).isTrue();
        assertThat(set.holidaysIn(2023)).doesNotContain(of(2023, 1, 1));
        assertThat(set.holidaysIn(2020)).containsExactly(of(2020, 1, 1), of(2020, 2, 29), of(2020, 4, 10));
        assertThat(set.holidaysIn(2022)).containsExactly(of(2022, 1, 1), of(2022, 12, 31));
        assertThat(set.id()).isEqualTo("X");
    }

    @Test
    void noneIsEmpty() {
        assertThat(HolidaySet.NONE.holidaysIn(2026)).isEmpty();
        assertThat(HolidaySet.parse("EMPTY", " ").holidaysIn(2026)).isEmpty();
    }

    @Test
    void holidaysInIsUnmodifiable() {
        assertThatThrownBy(() -> NL.holidaysIn(2026).add(of(2026, 1, 2)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fixed 13-01", "fixed 02-30", "fixed 1-1", "fixed", "easter", "easter 1x",
            "easter +400", "holiday 01-01", "fixed 01-01 from", "fixed 01-01 from 20x0", "fixed 01-01 every 0",
            "fixed 01-01 from 2020 until 2010", "fixed 01-01 every 5 every 5", "fixed 01-01 sunday",
            "fixed 01-01 sunday-to-saturday sunday-to-saturday"})
    void malformedRuleNamesSetAndRule(String rule) {
        assertThatThrownBy(() -> HolidaySet.parse("NL_TEST", "fixed 12-25; " + rule + "; fixed 12-26"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NL_TEST")
                .hasMessageContaining("'" + rule + "'");
    }
}
