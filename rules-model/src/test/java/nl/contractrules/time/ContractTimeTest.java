package nl.contractrules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ContractTimeTest {

    private static final LocalTime T00 = LocalTime.MIDNIGHT;
    private static final LocalTime T07 = LocalTime.of(7, 0);

    @Test
    void zoneIsAmsterdam() {
        assertThat(ContractTime.ZONE).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        ZonedDateTime utc = ZonedDateTime.parse("2026-07-01T10:00Z");
        assertThat(ContractTime.local(utc)).isEqualTo(ZonedDateTime.parse("2026-07-01T12:00+02:00[Europe/Amsterdam]"));
    }

    @Test
    void clockHoursAcrossDst() {
        ZonedDateTime start = ZonedDateTime.parse("2026-03-28T22:00+01:00[Europe/Amsterdam]");
        ZonedDateTime due = ContractTime.plusClock(start, Duration.ofHours(8));
        assertThat(due).isEqualTo(ZonedDateTime.parse("2026-03-29T07:00+02:00[Europe/Amsterdam]"));
        assertThat(ContractTime.plusClock(ZonedDateTime.parse("2026-03-28T21:00Z"), Duration.ofHours(8)).getZone())
                .isEqualTo(ContractTime.ZONE);
        assertThatThrownBy(() -> ContractTime.plusClock(start, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maintenanceWindowIsLocalAndHalfOpen() {
        assertThat(inside("2026-01-10T00:00+01:00[Europe/Amsterdam]")).isTrue();
        assertThat(inside("2026-01-10T06:59:59+01:00[Europe/Amsterdam]")).isTrue();
        assertThat(inside("2026-01-10T07:00+01:00[Europe/Amsterdam]")).isFalse();
        assertThat(inside("2026-01-09T23:59:59+01:00[Europe/Amsterdam]")).isFalse();
        assertThat(inside("2026-01-09T23:30Z")).isTrue(); // 00:30 local
        assertThat(inside("2026-07-10T05:30Z")).isFalse(); // 07:30 CEST
        assertThat(ContractTime.insideDailyWindow(ZonedDateTime.parse("2026-01-10T22:30Z"), LocalTime.of(22, 0), T00))
                .isTrue();
        assertThatThrownBy(() -> ContractTime.insideDailyWindow(ZonedDateTime.parse("2026-01-10T23:59Z"), T07, T07))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean inside(String t) {
        return ContractTime.insideDailyWindow(ZonedDateTime.parse(t), T00, T07);
    }

    @Test
    void monthArithmetic() {
        assertThat(ContractTime.plusMonthsClamped(LocalDate.of(2024, 1, 31), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ContractTime.plusMonthsClamped(LocalDate.of(2025, 1, 31), 1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ContractTime.plusMonthsClamped(LocalDate.of(2025, 3, 31), -1)).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(ContractTime.endOfMonth(LocalDate.of(2024, 2, 3))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(ContractTime.endOfMonth(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
