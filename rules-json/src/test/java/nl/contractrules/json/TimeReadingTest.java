package nl.contractrules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import nl.contractrules.model.AvailabilityPeriod;
import nl.contractrules.model.Incident;
import nl.contractrules.model.InvalidInputException;
import nl.contractrules.time.ContractTime;
import org.junit.jupiter.api.Test;

/**
 * A time is read "with an offset or a zone" ({@code docs/scenarios.md}, "Values"): a zone without an offset names
 * one moment unless the clocks skip the local time (spring) or pass it twice (autumn), which is bad input asking for
 * an offset.
 */
class TimeReadingTest {

    private static Incident incident(String reportedAt) throws Exception {
        return (Incident) CaseParser.input("incident", Json.MAPPER.readTree("{\"reportedAt\": \"" + reportedAt + "\"}"));
    }

    private static ZonedDateTime at(String isoWithOffset) {
        return ZonedDateTime.parse(isoWithOffset).withZoneSameInstant(ContractTime.ZONE);
    }

    @Test
    void aZoneWithoutAnOffsetIsRead() throws Exception {
        assertThat(incident("2026-11-20T15:00:00[Europe/Amsterdam]").reportedAt())
                .isEqualTo(at("2026-11-20T15:00:00+01:00"));
        assertThat(incident("2026-07-01T09:30[Europe/Amsterdam]").reportedAt())
                .isEqualTo(at("2026-07-01T09:30:00+02:00"));
        assertThat(incident("2026-11-20T09:00:00[Europe/London]").reportedAt())
                .isEqualTo(at("2026-11-20T10:00:00+01:00"));
        assertThat(incident("2026-11-20T14:00:00[UTC]").reportedAt()).isEqualTo(at("2026-11-20T15:00:00+01:00"));
    }

    @Test
    void anOffsetAloneOrWithAZoneIsReadAsBefore() throws Exception {
        assertThat(incident("2026-11-20T15:00:00+01:00").reportedAt()).isEqualTo(at("2026-11-20T15:00:00+01:00"));
        assertThat(incident("2026-11-20T14:00:00Z").reportedAt()).isEqualTo(at("2026-11-20T15:00:00+01:00"));
        assertThat(incident("2026-10-25T02:30:00+01:00[Europe/Amsterdam]").reportedAt())
                .isEqualTo(at("2026-10-25T02:30:00+01:00"));
        assertThat(incident("2026-10-25T02:30:00+02:00[Europe/Amsterdam]").reportedAt())
                .isEqualTo(at("2026-10-25T02:30:00+02:00"));
        assertThat(incident("2026-03-29T02:30:00+01:00").reportedAt()).isEqualTo(at("2026-03-29T03:30:00+02:00"));
    }

    @Test
    void aLocalTimeTheSpringChangeSkipsIsRefusedAskingForAnOffset() {
        assertThatThrownBy(() -> incident("2026-03-29T02:30:00[Europe/Amsterdam]"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "reportedAt")
                .hasMessage("reportedAt: 2026-03-29T02:30 does not exist in Europe/Amsterdam (the clocks go forward"
                        + " from 02:00 to 03:00); give the time with an offset, such as 2026-03-29T02:30+01:00"
                        + " (was \"2026-03-29T02:30:00[Europe/Amsterdam]\")");
    }

    @Test
    void aLocalTimeTheAutumnChangePassesTwiceIsRefusedAskingForAnOffset() {
        assertThatThrownBy(() -> incident("2026-10-25T02:30:00[Europe/Amsterdam]"))
                .isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "reportedAt")
                .hasMessage("reportedAt: 2026-10-25T02:30 occurs twice in Europe/Amsterdam (the clocks go back from"
                        + " 03:00 to 02:00); give the time with an offset: 2026-10-25T02:30+02:00 (the first) or"
                        + " 2026-10-25T02:30+01:00 (the second) (was \"2026-10-25T02:30:00[Europe/Amsterdam]\")");
    }

    @Test
    void aTimeInAListIsNamedByItsPosition() throws Exception {
        JsonNode period = Json.MAPPER.readTree("""
                {"periodStart": "2026-10-01T00:00:00+02:00", "periodEnd": "2026-11-01T00:00:00+01:00",
                 "outages": [{"start": "2026-10-02T10:00:00[Europe/Amsterdam]", "end": "2026-10-02T11:00:00+02:00"},
                             {"start": "2026-10-25T02:10:00[Europe/Amsterdam]", "end": "2026-10-25T04:00:00+01:00"}]}""");

        assertThatThrownBy(() -> CaseParser.input("availability", period)).isInstanceOf(InvalidInputException.class)
                .hasFieldOrPropertyWithValue("field", "outages[1].start")
                .hasMessageStartingWith("outages[1].start: 2026-10-25T02:10 occurs twice in Europe/Amsterdam");
    }

    @Test
    void aTimeWithNeitherOffsetNorZoneOrWithAnUnknownZoneIsRefused() {
        for (String time : new String[] {"2026-11-20T15:00:00", "2026-11-20T15:00:00[Mars/Olympus]",
                "2026-11-20T15:00:00+01:00[", "2026-02-30T15:00:00+01:00", "2026-11-20 15:00:00+01:00"}) {
            assertThatThrownBy(() -> incident(time)).as(time).isInstanceOf(InvalidInputException.class)
                    .hasMessage("reportedAt: expected a date-time string with an offset or a zone, such as"
                            + " 2026-11-21T10:00:00+01:00 or 2026-11-21T10:00:00[Europe/Amsterdam] (was \"" + time
                            + "\")");
        }
    }

    @Test
    void anExpectedTimeWithAZoneIsTheSameInstantAsTheDecidedOne() throws Exception {
        JsonNode decided = Json.MAPPER.readTree("{\"handledFrom\": \"2026-11-23T08:30:00+01:00\"}");

        assertThat(Expectations.check(Json.MAPPER.readTree("{\"handledFrom\": \"2026-11-23T08:30[Europe/Amsterdam]\"}"),
                decided, java.util.List.of("handledFrom"))).isEmpty();
        assertThat(Expectations.check(Json.MAPPER.readTree("{\"handledFrom\": \"2026-11-23T08:30[Europe/London]\"}"),
                decided, java.util.List.of("handledFrom"))).hasSize(1);
    }

    @Test
    void theZoneOfAnInputDoesNotChangeTheContractsZone() throws Exception {
        AvailabilityPeriod period = (AvailabilityPeriod) CaseParser.input("availability", Json.MAPPER.readTree("""
                {"periodStart": "2026-10-31T23:00:00[UTC]", "periodEnd": "2026-12-01T00:00:00[Europe/Amsterdam]",
                 "outages": []}"""));

        assertThat(period.periodStart()).isEqualTo(at("2026-11-01T00:00:00+01:00"));
        assertThat(period.periodStart().getZone()).isEqualTo(ContractTime.ZONE);
    }
}
