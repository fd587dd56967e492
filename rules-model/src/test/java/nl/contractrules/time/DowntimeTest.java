package nl.contractrules.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DowntimeTest {

    private static final LocalTime T00 = LocalTime.MIDNIGHT;
    private static final LocalTime T07 = LocalTime.of(7, 0);

    private static ZonedDateTime at(String local) {
        return ZonedDateTime.of(LocalDateTime.parse(local), ContractTime.ZONE);
    }

    /** June 2026: 30 days = 2 592 000 s, no DST change. */
    private static Downtime june() {
        return new Downtime(at("2026-06-01T00:00"), at("2026-07-01T00:00"));
    }

    @Test
    void overlappingOutagesAreMerged() {
        Downtime d = june();
        d.count(at("2026-06-10T10:00"), at("2026-06-10T11:00"));
        d.count(at("2026-06-10T10:30"), at("2026-06-10T11:30"));
        d.count(at("2026-06-10T11:30"), at("2026-06-10T11:45")); // adjacent
        d.count(at("2026-06-10T10:40"), at("2026-06-10T10:50")); // contained
        assertThat(d.countedSeconds()).isEqualTo(105 * 60);
        assertThat(d.countedMinutes()).isEqualTo(105);
        // 100 × (2 592 000 − 6 300) / 2 592 000 = 99.75694…
        assertThat(d.availabilityPercent()).isEqualByComparingTo(new BigDecimal("99.757"));
        assertThat(d.availabilityPercent().scale()).isEqualTo(3);
    }

    @Test
    void outagesAreClippedToThePeriod() {
        Downtime d = june();
        d.count(at("2026-05-31T23:00"), at("2026-06-01T01:00"));
        d.exclude(at("2026-06-30T23:30"), at("2026-07-01T02:00"));
        d.count(at("2026-07-02T00:00"), at("2026-07-03T00:00"));
        assertThat(d.countedSeconds()).isEqualTo(3600);
        assertThat(d.excludedSeconds()).isEqualTo(1800);
    }

    @Test
    void aSecondBothCountedAndExcludedIsCounted() {
        Downtime d = june();
        d.exclude(at("2026-06-10T10:00"), at("2026-06-10T12:00"));
        d.count(at("2026-06-10T11:00"), at("2026-06-10T13:00"));
        d.exclude(at("2026-06-10T10:30"), at("2026-06-10T11:30"));
        assertThat(d.countedSeconds()).isEqualTo(7200);
        assertThat(d.excludedSeconds()).isEqualTo(3600);
    }

    @Test
    void maintenanceWindowSplitsAnOutage() {
        Downtime d = june();
        d.excludeInsideDailyWindow(at("2026-06-10T05:00"), at("2026-06-10T09:00"), T00, T07);
        assertThat(d.excludedSeconds()).isEqualTo(2 * 3600);
        assertThat(d.countedSeconds()).isEqualTo(2 * 3600);
    }

    @Test
    void maintenanceWindowAcrossMidnightAndSeveralDays() {
        Downtime d = june();
        d.excludeInsideDailyWindow(at("2026-06-10T22:00"), at("2026-06-12T08:00"), T00, T07);
        // excluded 00-07 on 11 and 12 June; counted 10th 22-24, 11th 07-24, 12th 07-08
        assertThat(d.excludedSeconds()).isEqualTo(14 * 3600);
        assertThat(d.countedSeconds()).isEqualTo((2 + 17 + 1) * 3600);
    }

    @Test
    void maintenanceWindowOnDstNightIsShorter() {
        Downtime d = new Downtime(at("2026-03-01T00:00"), at("2026-04-01T00:00"));
        d.excludeInsideDailyWindow(at("2026-03-28T22:00"), at("2026-03-29T08:00"), T00, T07);
        // 00:00-07:00 local on 29 March is 6 real hours; 22-24 and 07-08 are counted
        assertThat(d.excludedSeconds()).isEqualTo(6 * 3600);
        assertThat(d.countedSeconds()).isEqualTo(3 * 3600);
    }

    @Test
    void windowPartsAreClippedToo() {
        Downtime d = june();
        d.excludeInsideDailyWindow(at("2026-05-31T20:00"), at("2026-06-01T08:00"), T00, T07);
        assertThat(d.excludedSeconds()).isEqualTo(7 * 3600);
        assertThat(d.countedSeconds()).isEqualTo(3600);
    }

    @Test
    void minutesRoundHalfUp() {
        assertThat(minutes(29)).isZero();
        assertThat(minutes(30)).isEqualTo(1);
        assertThat(minutes(89)).isEqualTo(1);
        assertThat(minutes(90)).isEqualTo(2);
        Downtime d = june();
        d.exclude(at("2026-06-02T00:00"), at("2026-06-02T00:00:30"));
        assertThat(d.excludedMinutes()).isEqualTo(1);
    }

    private static long minutes(int seconds) {
        Downtime d = june();
        ZonedDateTime start = at("2026-06-02T00:00");
        d.count(start, start.plusSeconds(seconds));
        return d.countedMinutes();
    }

    @Test
    void percentRoundsHalfUpFromExactSeconds() {
        Downtime d = new Downtime(at("2026-06-01T00:00"), at("2026-06-01T00:00:16"));
        d.count(at("2026-06-01T00:00"), at("2026-06-01T00:00:01"));
        // 100 × 15 / 16 = 93.75 exactly
        assertThat(d.availabilityPercent()).isEqualByComparingTo("93.750");
        Downtime e = new Downtime(at("2026-06-01T00:00"), at("2026-06-01T00:00:16"));
        assertThat(e.availabilityPercent()).isEqualByComparingTo("100.000");
        Downtime f = new Downtime(at("2026-06-01T00:00"), at("2026-06-01T00:53:20")); // 3 200 s
        f.count(at("2026-06-01T00:00"), at("2026-06-01T00:00:01"));
        // 100 × 3199 / 3200 = 99.96875 → 99.969
        assertThat(f.availabilityPercent()).isEqualByComparingTo("99.969");
    }

    @Test
    void rejectsBadIntervals() {
        assertThatThrownBy(() -> new Downtime(at("2026-06-01T00:00"), at("2026-06-01T00:00")))
                .isInstanceOf(IllegalArgumentException.class);
        Downtime d = june();
        assertThatThrownBy(() -> d.count(at("2026-06-02T00:00"), at("2026-06-01T00:00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.excludeInsideDailyWindow(at("2026-06-01T00:00"), at("2026-06-02T00:00"), T07, T00.plusHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
