package nl.contractrules.model;

import static nl.contractrules.model.CaseKind.*;
import static nl.contractrules.model.ContractOption.*;
import static nl.contractrules.model.Tier.*;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The five contract regimes: the tiers and options that belong to each, the case kinds each decides, and the
 * folders of a rule set whose rules decide its cases (its own folder; rule templates it shares with other regimes
 * are expanded into it).
 */
public enum Regime {
    CONNECT_SECURE_365(EnumSet.of(STANDAARD, BASIS, EXTRA), EnumSet.noneOf(ContractOption.class),
            EnumSet.of(INCIDENT, WORK, CONFLICT, TERMINATION, AVAILABILITY, FAIR_USE),
            List.of("connectsecure365")),
    CONNECT_1(EnumSet.noneOf(Tier.class), EnumSet.of(CONNECT_SECURE_VOIP, HIP_ONBEPERKT),
            EnumSet.of(INCIDENT, WORK, CONFLICT, CHANGE, TERMINATION, AVAILABILITY, FAIR_USE, TRAINING, WARRANTY,
                    PERIOD, DOWNGRADE, CALL, LIABILITY),
            List.of("connect1")),
    WEBSITENAZORG_O365(EnumSet.noneOf(Tier.class), EnumSet.noneOf(ContractOption.class),
            EnumSet.of(INCIDENT, WORK, CONFLICT, ESCALATION),
            List.of("websitenazorg")),
    MICROSOFT_UNIFIED(EnumSet.of(ADVANCED, PERFORMANCE, CORE),
            EnumSet.of(AZURE_RAPID_RESPONSE, AZURE_EVENT_MANAGEMENT, RETAIL_EVENT_MANAGEMENT,
                    OFFICE_365_ENGINEERING_DIRECT, DEVELOPER_SUPPORT, MISSION_CRITICAL, CYBERSECURITY,
                    REACTIVE_SUPPORT_MANAGEMENT_ADDON, EXTENDED_DESIGNATED_ENGINEERING),
            EnumSet.of(INCIDENT, WORK, EVENT, CONTACTS, ENTITLEMENT, CREDITS, LOCATION, PERIOD),
            List.of("microsoft")),
    KPN_EEN(EnumSet.of(PREMIUM, STANDAARD, INSTAP), EnumSet.of(CONNECT_SECURE_VOIP, HIP_ONBEPERKT, CONNECT_SECURE_20),
            EnumSet.of(INCIDENT, WORK, CONFLICT, CHANGE, TERMINATION, AVAILABILITY, FAIR_USE, TRAINING, WARRANTY,
                    PERIOD, DOWNGRADE, CALL, USAGE, MOVE),
            List.of("kpneen"));

    private final Set<Tier> tiers;
    private final Set<ContractOption> options;
    private final Set<CaseKind> kinds;
    private final List<String> ruleFolders;

    Regime(Set<Tier> tiers, Set<ContractOption> options, Set<CaseKind> kinds, List<String> ruleFolders) {
        this.tiers = Collections.unmodifiableSet(tiers);
        this.options = Collections.unmodifiableSet(options);
        this.kinds = Collections.unmodifiableSet(kinds);
        this.ruleFolders = ruleFolders;
    }

    /**
     * The case kinds this regime decides; a case of another kind is not supported. Narrower refusals (by tier,
     * option or input value) are the rules' own.
     */
    public Set<CaseKind> kinds() {
        return kinds;
    }

    /** The top-level folders of a rule set whose rules decide this regime's cases. */
    public List<String> ruleFolders() {
        return ruleFolders;
    }

    /** The tiers of this regime in declaration order; empty when the regime has a single level and takes no tier. */
    public Set<Tier> tiers() {
        return tiers;
    }

    public Set<ContractOption> options() {
        return options;
    }
}
