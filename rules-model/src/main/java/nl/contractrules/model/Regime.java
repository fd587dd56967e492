package nl.contractrules.model;

import static nl.contractrules.model.ContractOption.*;
import static nl.contractrules.model.Tier.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The five contract regimes, with the tiers and options that belong to each
 * ({@code ../shared/spec/scenarios.md}, "Contract").
 */
public enum Regime {
    CONNECT_SECURE_365(EnumSet.of(STANDAARD, BASIS, EXTRA), EnumSet.noneOf(ContractOption.class)),
    CONNECT_1(EnumSet.noneOf(Tier.class), EnumSet.of(CONNECT_SECURE_VOIP, HIP_ONBEPERKT)),
    WEBSITENAZORG_O365(EnumSet.noneOf(Tier.class), EnumSet.noneOf(ContractOption.class)),
    MICROSOFT_UNIFIED(EnumSet.of(ADVANCED, PERFORMANCE, CORE),
            EnumSet.of(AZURE_RAPID_RESPONSE, AZURE_EVENT_MANAGEMENT, RETAIL_EVENT_MANAGEMENT,
                    OFFICE_365_ENGINEERING_DIRECT, DEVELOPER_SUPPORT, MISSION_CRITICAL, CYBERSECURITY,
                    REACTIVE_SUPPORT_MANAGEMENT_ADDON, EXTENDED_DESIGNATED_ENGINEERING)),
    KPN_EEN(EnumSet.of(PREMIUM, STANDAARD, INSTAP), EnumSet.of(CONNECT_SECURE_VOIP, HIP_ONBEPERKT, CONNECT_SECURE_20));

    private final Set<Tier> tiers;
    private final Set<ContractOption> options;

    Regime(Set<Tier> tiers, Set<ContractOption> options) {
        this.tiers = Collections.unmodifiableSet(tiers);
        this.options = Collections.unmodifiableSet(options);
    }

    /** The tiers of this regime in declaration order; empty when the regime has a single level and takes no tier. */
    public Set<Tier> tiers() {
        return tiers;
    }

    public Set<ContractOption> options() {
        return options;
    }
}
