package nl.contractrules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every input is built with {@code of} from its required inputs and names the rest; validation is the constructor's. */
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
        assertThat(Incident.of(REPORTED)).isEqualTo(Incident.builder(REPORTED).build());
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
    void aContractOfARegimeWithoutTiersNamesNoTier() {
        Contract contract = Contract.of(Regime.CONNECT_1).withOptions(ContractOption.CONNECT_SECURE_VOIP)
                .withStart(LocalDate.parse("2025-01-01"));

        assertThat(contract).isEqualTo(new Contract("", Regime.CONNECT_1, null, LocalDate.parse("2025-01-01"), null,
                null, java.util.Set.of(ContractOption.CONNECT_SECURE_VOIP)));
        assertThatThrownBy(() -> Contract.of(Regime.KPN_EEN)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("contract.tier");
        assertThatThrownBy(() -> Contract.of(Regime.CONNECT_1).withOptions(ContractOption.CONNECT_SECURE_20))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contract.options");
        assertThatThrownBy(() -> Contract.of(Regime.CONNECT_1).withOptions((ContractOption) null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("contract.options");
    }

    @Test
    void workAndMovesAreBuiltTheSameWay() {
        assertThat(WorkItem.of(WorkCategory.GENERAL).withExpectedMinutes(40).withActualMinutes(45).withOnSite(true))
                .isEqualTo(new WorkItem(WorkCategory.GENERAL, 40, 45, null, true))
                .isEqualTo(WorkItem.of(WorkCategory.GENERAL, 40).withActualMinutes(45).withOnSite(true));
        assertThatThrownBy(() -> WorkItem.of(WorkCategory.GENERAL, 40).withActualMinutes(-1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("actualMinutes");
        assertThat(MoveCase.of(false).withWithinTerm(true).withBandwidthAvailable(true))
                .isEqualTo(new MoveCase(false, false, true, true, false));
    }

    @Test
    void everyInputKindIsBuiltWithOfFromItsRequiredInputs() {
        for (CaseKind kind : CaseKind.values()) {
            assertThat(Arrays.stream(kind.inputType().getMethods())
                    .filter(m -> m.getName().equals("of") && Modifier.isStatic(m.getModifiers())
                            && m.getReturnType() == kind.inputType()))
                    .as("%s.of(…)", kind.inputType().getSimpleName()).isNotEmpty();
        }
    }

    @Test
    void theOptionalInputsComeByNameNeverAsPositionalNulls() {
        LocalDate notice = LocalDate.parse("2026-03-02");
        LocalDate end = LocalDate.parse("2026-06-30");

        assertThat(TerminationNotice.of(notice, TerminationScope.SERVICE).withRequestedEndDate(end)
                .withServiceAvailableSince(LocalDate.parse("2025-09-01")))
                .isEqualTo(new TerminationNotice(notice, TerminationScope.SERVICE, end, LocalDate.parse("2025-09-01")));
        assertThatThrownBy(() -> TerminationNotice.of(notice, TerminationScope.CONTRACT)
                .withRequestedEndDate(notice.minusDays(1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("requestedEndDate");
        assertThat(ChangeRequest.of(REPORTED, ChangeType.HELP)).isEqualTo(new ChangeRequest(REPORTED, ChangeType.HELP));
        assertThat(DocumentConflict.of(List.of("OFFERTE", "AV_CBG_CONNECT")).withTopic(Topic.SLA).withModule("VoIP"))
                .isEqualTo(new DocumentConflict(List.of("OFFERTE", "AV_CBG_CONNECT"), Topic.SLA, "VoIP"));
        assertThat(DocumentConflict.of(List.of("OFFERTE", "AV_CBG_CONNECT")).topic()).isEqualTo(Topic.GENERAL);
        assertThat(Outage.of(REPORTED, REPORTED.plusHours(1)).withCause(Cause.PROVIDER).withAllUsersAffected(false))
                .isEqualTo(new Outage(REPORTED, REPORTED.plusHours(1), Cause.PROVIDER, false));
        assertThat(TrainingRequest.of(9).withModule(3)).isEqualTo(new TrainingRequest(9, 3));
        assertThat(TrainingRequest.of(9).module()).isEqualTo(1);
        assertThat(DowngradeRequest.of(DowngradeProduct.SIM_ONLY, 10, 8).withRequestedOn(notice))
                .isEqualTo(new DowngradeRequest(DowngradeProduct.SIM_ONLY, 10, 8, notice));
        assertThat(LiabilityClaim.of(BigDecimal.TEN, BigDecimal.ONE).withYearNetFees(BigDecimal.TEN))
                .isEqualTo(new LiabilityClaim(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN));
        assertThat(SupportEvent.of(end, end.plusDays(1), notice).withSolutions(2))
                .isEqualTo(new SupportEvent(end, end.plusDays(1), notice, 2));
        assertThat(Escalation.of(2, false).withWithinReasonableTime(true)).isEqualTo(new Escalation(2, false, true));
        assertThat(CreditConversion.of(BigDecimal.ONE).withExchange(true))
                .isEqualTo(new CreditConversion(BigDecimal.ONE, true));
    }
}
