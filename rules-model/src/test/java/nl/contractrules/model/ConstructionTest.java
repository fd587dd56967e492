package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The wide inputs are built by naming what the case has; validation is the constructor's. */
class ConstructionTest {
    private static final ZonedDateTime REPORTED = ZonedDateTime.parse("2026-11-23T10:00:00+01:00");

    @Test
    void anIncidentIsBuiltFromTheInputsItHasAndDefaultsTheRest() {
        Incident incident = Incident.builder(REPORTED).cause(Cause.PROVIDER).allUsersAffected(true)
                .usersAbleToLogIn(false).product("Azure Stack").build();

        assertThat(incident.cause()).isEqualTo(Cause.PROVIDER);
        assertThat(incident.allUsersAffected()).isTrue();
        assertThat(incident.usersAbleToLogIn()).isFalse();
        assertThat(incident.product()).isEqualTo("Azure Stack");
        assertThat(incident.service()).isEqualTo(ServiceType.OTHER);
        assertThat(incident.outageStart()).isEqualTo(incident.reportedAt());
        assertThat(incident.customerHas24x7Staff()).isTrue();
        assertThat(incident.respondedAt()).isNull();
        assertThat(Incident.reportedAt(REPORTED)).isEqualTo(Incident.builder(REPORTED).build());
    }

    @Test
    void responseAndResolutionTimesAreKeptInContractTime() {
        Incident incident = Incident.builder(REPORTED)
                .respondedAt(ZonedDateTime.parse("2026-11-23T09:30:00Z"))
                .resolvedAt(ZonedDateTime.parse("2026-11-24T08:00:00+01:00")).build();

        assertThat(incident.respondedAt()).isEqualTo(ZonedDateTime.parse("2026-11-23T10:30:00+01:00[Europe/Amsterdam]"));
        assertThat(incident.resolvedAt().getZone()).isEqualTo(java.time.ZoneId.of("Europe/Amsterdam"));
    }

    @Test
    void aResponseOrResolutionBeforeTheReportIsBadInputNamingTheField() {
        ZonedDateTime before = REPORTED.minusMinutes(1);

        assertThatThrownBy(() -> Incident.builder(REPORTED).respondedAt(before).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("respondedAt");
                    assertThat(e.value()).isEqualTo(before);
                    assertThat(e.getMessage()).contains("must not be before reportedAt");
                });
        assertThatThrownBy(() -> Incident.builder(REPORTED).resolvedAt(before).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("resolvedAt"));
        assertThat(Incident.builder(REPORTED).respondedAt(REPORTED).build().respondedAt()).isEqualTo(REPORTED);
    }

    @Test
    void aContractGetsItsDataThroughWithMethodsValidatedAsOnConstruction() {
        Contract contract = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS).withId("C-1001")
                .withStart(LocalDate.parse("2025-01-01")).withTermMonths(36).withMonthlyFee(new BigDecimal("12.50"));

        assertThat(contract).isEqualTo(new Contract("C-1001", Regime.CONNECT_SECURE_365, Tier.BASIS,
                LocalDate.parse("2025-01-01"), 36, new BigDecimal("12.50"), java.util.Set.of()));
        assertThatThrownBy(() -> contract.withTermMonths(0)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contract.termMonths");
        assertThatThrownBy(() -> contract.withMonthlyFee(new BigDecimal("-1"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contract.monthlyFee");
    }

    @Test
    void workAndMovesAreBuiltTheSameWay() {
        assertThat(WorkItem.of(WorkCategory.GENERAL, 40).withActualMinutes(45).withOnSite(true))
                .isEqualTo(new WorkItem(WorkCategory.GENERAL, 40, 45, null, true));
        assertThatThrownBy(() -> WorkItem.of(WorkCategory.GENERAL, 40).withActualMinutes(-1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("actualMinutes");
        assertThat(MoveCase.sameAreaCode(false).withWithinTerm(true).withBandwidthAvailable(true))
                .isEqualTo(new MoveCase(false, false, true, true, false));
    }
}
