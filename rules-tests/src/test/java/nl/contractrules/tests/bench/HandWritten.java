package nl.contractrules.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.contractrules.api.ContractTerms;
import nl.contractrules.model.Availability;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Field;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.Regime;
import nl.contractrules.model.ServiceType;
import nl.contractrules.model.ServiceWindow;
import nl.contractrules.model.Tier;
import nl.contractrules.time.BusinessTime;
import nl.contractrules.time.Calendars;
import nl.contractrules.time.ContractTime;

/**
 * The baseline the benchmarks compare the rules with: the incident decisions of Connect Secure 365 and KPN EEN
 * written by hand in plain Java, on the same calendar arithmetic ({@link BusinessTime}) and calendars file, with
 * the same output (every field of the kind, the rulebook IDs sorted, the flags). No Drools. The contract's numbers
 * (office hours, the maintenance window, the queue ranks, the repair times) are read from the bundled rule files'
 * data ({@link ContractTerms}), as the rules read them: none is copied here.
 *
 * <p>Benchmark code only: the library's decisions come from the rule files, never from here.
 */
final class HandWritten {
    /** CS365.AV.3 and COMMON.CAUSE: the causes neither Microsoft nor CBG Connect answers for. */
    private static final Set<Cause> CS365_EXCLUDED = EnumSet.of(Cause.PLANNED_MAINTENANCE,
            Cause.THIRD_PARTY_TELECOM, Cause.NATIONAL_NETWORK, Cause.LOCAL_LOOP, Cause.THIRD_PARTY_POWER,
            Cause.CUSTOMER_REQUESTED_CHANGE, Cause.CUSTOMER_EQUIPMENT, Cause.UNAUTHORISED_CUSTOMER_CHANGE,
            Cause.CUSTOMER_SITE_CONDITIONS);
    /** KPN.AV.1: calamities. */
    private static final Set<Cause> KPN_CALAMITIES = EnumSet.of(Cause.NATIONAL_NETWORK, Cause.LOCAL_LOOP);

    /** A decision: every field of the kind (null when not decided), the rulebook IDs in ID order, the flags. */
    record Result(Map<String, Object> fields, List<String> rules, List<String> flags, String rejectedField) {
        static Result rejected(String field) {
            return new Result(Map.of(), List.of(), List.of(), field);
        }
    }

    /** A KPN EEN repair time: minutes, on the clock or inside the office hours. */
    private record RepairTime(long minutes, boolean clock) {
    }

    private final BusinessTime time;
    private final String cs365Office;
    private final Map<Tier, Integer> cs365QueueRanks;
    private final String kpnOffice;
    private final LocalTime kpnMaintenanceFrom;
    private final LocalTime kpnMaintenanceTo;
    private final Map<Tier, RepairTime> kpnRepairTimes;
    /** The rulebook IDs this baseline cites, each read once. */
    private final Map<String, RuleId> ruleIds = new ConcurrentHashMap<>();

    private HandWritten(BusinessTime time, List<ContractTerms.Term> terms) {
        this.time = time;
        this.cs365Office = term(terms, Regime.CONNECT_SECURE_365, "officeHours").value();
        this.cs365QueueRanks = new EnumMap<>(Tier.class);
        this.kpnOffice = term(terms, Regime.KPN_EEN, "officeHours").value();
        this.kpnMaintenanceFrom = LocalTime.parse(term(terms, Regime.KPN_EEN, "maintenanceWindowStart").value());
        this.kpnMaintenanceTo = LocalTime.parse(term(terms, Regime.KPN_EEN, "maintenanceWindowEnd").value());
        this.kpnRepairTimes = new EnumMap<>(Tier.class);
        for (ContractTerms.Term t : terms) {
            for (Tier tier : Tier.values()) {
                if (t.regime() == Regime.CONNECT_SECURE_365 && t.ruleId().equals("CS365.PR.1")
                        && t.keys().contains(tier.name())) {
                    cs365QueueRanks.put(tier, Integer.parseInt(t.value()));
                }
                if (t.regime() == Regime.KPN_EEN && t.unit().startsWith("Repair time in")
                        && t.keys().contains(tier.name())) {
                    kpnRepairTimes.put(tier, new RepairTime(Long.parseLong(t.value()), t.unit().contains("clock")));
                }
            }
        }
    }

    /** On the calendars and contract numbers bundled with the rules. */
    static HandWritten bundled() {
        try (InputStream in = HandWritten.class.getClassLoader()
                .getResourceAsStream("contract-rules/calendars.properties")) {
            Calendars calendars = Calendars.parse(new String(in.readAllBytes(), UTF_8));
            return new HandWritten(new BusinessTime(calendars, Clock.systemDefaultZone()), ContractTerms.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regime's term of that name (a row of its terms table). */
    private static ContractTerms.Term term(List<ContractTerms.Term> terms, Regime regime, String name) {
        return terms.stream().filter(t -> t.regime() == regime && t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(regime + " has no term " + name));
    }

    /** A Connect Secure 365 incident: availability, business-critical criteria, service window, queue rank. */
    Result connectSecure365(Contract contract, Incident incident) {
        Map<Field<?, ?>, Object> fields = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>();
        boolean excluded = CS365_EXCLUDED.contains(incident.cause());
        if (!incident.allUsersAffected()) {
            fields.put(IncidentFields.AVAILABILITY, Availability.INCIDENT);
            rules.add("CS365.AV.2");
        } else if (!excluded) {
            fields.put(IncidentFields.AVAILABILITY, Availability.UNAVAILABLE);
            rules.add("CS365.AV.2");
        } else {
            fields.put(IncidentFields.AVAILABILITY, Availability.EXCLUDED);
            fields.put(IncidentFields.EXCLUSION_CAUSE, incident.cause());
            rules.add("CS365.AV.3");
        }
        List<String> failed = new ArrayList<>();
        criterion(failed, "CS365.BC.1", !excluded);
        criterion(failed, "CS365.BC.2", Boolean.TRUE.equals(incident.workingSituationDelivered()));
        criterion(failed, "CS365.BC.3", Boolean.TRUE.equals(incident.passwordsHandedOver())
                && Boolean.TRUE.equals(incident.correctPasswordsUsed()));
        criterion(failed, "CS365.BC.4", Boolean.TRUE.equals(incident.filesMigrated())
                && Boolean.TRUE.equals(incident.filesInaccessibleForAllUsers()));
        criterion(failed, "CS365.BC.5", Boolean.FALSE.equals(incident.usersAbleToLogIn()));
        rules.addAll(List.of("CS365.BC.1", "CS365.BC.2", "CS365.BC.3", "CS365.BC.4", "CS365.BC.5"));
        fields.put(IncidentFields.FAILED_CRITERIA, failed);
        boolean critical;
        if (Boolean.TRUE.equals(incident.usersAbleToLogIn())) {
            critical = false;
            rules.add("CS365.BC.6");
        } else {
            critical = failed.isEmpty();
        }
        fields.put(IncidentFields.BUSINESS_CRITICAL, critical);
        if (contract.tier() == Tier.EXTRA && critical) {
            fields.put(IncidentFields.SERVICE_WINDOW, ServiceWindow.TWENTY_FOUR_SEVEN);
            fields.put(IncidentFields.HANDLED_FROM, incident.reportedAt());
            rules.add("CS365.SW.1");
        } else {
            fields.put(IncidentFields.SERVICE_WINDOW, ServiceWindow.OFFICE_HOURS);
            fields.put(IncidentFields.HANDLED_FROM, time.nextOpening(incident.reportedAt(), cs365Office));
            rules.add("CS365.SW.2");
        }
        rules.add("CS365.SW.3");
        fields.put(IncidentFields.PRIORITY_RANK, cs365QueueRanks.get(contract.tier()));
        rules.add("CS365.PR.1");
        return result(fields, rules, List.of());
    }

    /** A KPN EEN incident: the report's checks, service window, availability, repair deadline, flag. */
    Result kpnEen(Contract contract, Incident incident) {
        if (!incident.hasDescription()) {
            return Result.rejected("description");
        }
        if (!incident.hasLocation()) {
            return Result.rejected("location");
        }
        Map<Field<?, ?>, Object> fields = new LinkedHashMap<>();
        List<String> rules = new ArrayList<>(List.of("KPN.SW.1"));
        if (incident.service() == ServiceType.SIM_BLOCK) {
            fields.put(IncidentFields.SERVICE_WINDOW, ServiceWindow.TWENTY_FOUR_SEVEN);
            fields.put(IncidentFields.HANDLED_FROM, incident.reportedAt());
            rules.add("KPN.SW.2");
        } else if (contract.tier() == Tier.PREMIUM) {
            fields.put(IncidentFields.SERVICE_WINDOW, ServiceWindow.TWENTY_FOUR_SEVEN);
            fields.put(IncidentFields.HANDLED_FROM, incident.reportedAt());
        } else {
            fields.put(IncidentFields.SERVICE_WINDOW, ServiceWindow.OFFICE_HOURS);
            fields.put(IncidentFields.HANDLED_FROM, time.nextOpening(incident.reportedAt(), kpnOffice));
        }
        boolean calamity = KPN_CALAMITIES.contains(incident.cause());
        if (calamity) {
            fields.put(IncidentFields.AVAILABILITY, Availability.EXCLUDED);
            fields.put(IncidentFields.EXCLUSION_CAUSE, incident.cause());
            rules.add("KPN.AV.1");
        } else if (incident.cause() == Cause.PLANNED_MAINTENANCE
                && ContractTime.insideDailyWindow(incident.outageStart(), kpnMaintenanceFrom, kpnMaintenanceTo)) {
            fields.put(IncidentFields.AVAILABILITY, Availability.EXCLUDED);
            fields.put(IncidentFields.EXCLUSION_CAUSE, incident.cause());
            rules.add("KPN.AV.2");
        } else {
            fields.put(IncidentFields.AVAILABILITY, Availability.UNAVAILABLE);
            rules.add("KPN.AV.3");
        }
        fields.put(IncidentFields.CALAMITY, calamity);
        RepairTime repair = kpnRepairTimes.get(contract.tier());
        if (repair == null) {
            rules.add("KPN.RT.1");
        } else if (!calamity) {
            ZonedDateTime reported = incident.reportedAt();
            boolean clock = repair.clock();
            ZonedDateTime deadline = clock ? time.plusClockMinutes(reported, repair.minutes())
                    : time.plusBusinessMinutes(reported, repair.minutes(), kpnOffice);
            fields.put(IncidentFields.REPAIR_DEADLINE, deadline);
            rules.addAll(List.of("KPN.RT.1", "KPN.RT.2"));
            ZonedDateTime resolved = incident.resolvedAt();
            if (resolved != null) {
                // KPN.RT.3: repaired in "< 8 uur", strictly before the deadline
                boolean met = resolved.isBefore(deadline);
                fields.put(IncidentFields.REPAIR_MET, met);
                fields.put(IncidentFields.REPAIR_ELAPSED_MINUTES, clock ? time.clockMinutesBetween(reported, resolved)
                        : time.businessMinutesBetween(reported, resolved, kpnOffice));
                rules.addAll(List.of("COMMON.MET", "KPN.RT.3"));
                if (!met) {
                    return result(fields, rules, List.of("REPORT_24X7", "TARGET_MISSED"));
                }
            }
        }
        return result(fields, rules, List.of("REPORT_24X7"));
    }

    private static void criterion(List<String> failed, String id, boolean passed) {
        if (!passed) {
            failed.add(id);
        }
    }

    /**
     * Every incident field in the kind's order, the IDs once each in ID order (as a decision lists them). Each ID is
     * read once, as the rules' explanations read each rule's IDs once per rule base: reading the IDs again in every
     * comparison of the sort made this baseline three times slower than the decision it stands beside (JFR).
     */
    private Result result(Map<Field<?, ?>, Object> decided, List<String> rules, List<String> flags) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field<?, ?> field : CaseKind.INCIDENT.fields()) {
            fields.put(field.name(), decided.get(field));
        }
        List<String> ids = rules.stream().distinct().map(id -> ruleIds.computeIfAbsent(id, RuleId::of)).sorted()
                .map(RuleId::toString).toList();
        return new Result(fields, ids, flags, null);
    }
}
