package nl.contractrules.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.contractrules.model.Availability;
import nl.contractrules.model.CaseKind;
import nl.contractrules.model.RuleId;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Field;
import nl.contractrules.model.Incident;
import nl.contractrules.model.IncidentFields;
import nl.contractrules.model.ServiceType;
import nl.contractrules.model.ServiceWindow;
import nl.contractrules.model.Tier;
import nl.contractrules.time.BusinessTime;
import nl.contractrules.time.Calendars;
import nl.contractrules.time.ContractTime;

/**
 * The baseline the benchmarks compare the rules with: the incident decisions of Connect Secure 365 and KPN EEN
 * written by hand in plain Java, on the same calendar arithmetic ({@link BusinessTime}) and calendars file, with
 * the same output (every field of the kind, the rulebook IDs sorted, the flags). No Drools.
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
    private static final String CBG_OFFICE = "CBG_OFFICE";
    private static final LocalTime MAINTENANCE_FROM = LocalTime.of(0, 0);
    private static final LocalTime MAINTENANCE_TO = LocalTime.of(7, 0);
    private static final long KPN_REPAIR_MINUTES = 480;

    /** A decision: every field of the kind (null when not decided), the rulebook IDs in ID order, the flags. */
    record Result(Map<String, Object> fields, List<String> rules, List<String> flags, String rejectedField) {
        static Result rejected(String field) {
            return new Result(Map.of(), List.of(), List.of(), field);
        }
    }

    private final BusinessTime time;

    HandWritten(BusinessTime time) {
        this.time = time;
    }

    /** On the calendars bundled with the rules. */
    static HandWritten bundled() {
        try (InputStream in = HandWritten.class.getClassLoader()
                .getResourceAsStream("contract-rules/calendars.properties")) {
            Calendars calendars = Calendars.parse(new String(in.readAllBytes(), UTF_8));
            return new HandWritten(new BusinessTime(calendars, Clock.systemDefaultZone()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            fields.put(IncidentFields.HANDLED_FROM, time.nextOpening(incident.reportedAt(), CBG_OFFICE));
            rules.add("CS365.SW.2");
        }
        rules.add("CS365.SW.3");
        fields.put(IncidentFields.PRIORITY_RANK, switch (contract.tier()) {
            case EXTRA -> 1;
            case BASIS -> 2;
            default -> 3;
        });
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
            fields.put(IncidentFields.HANDLED_FROM, time.nextOpening(incident.reportedAt(), CBG_OFFICE));
        }
        boolean calamity = KPN_CALAMITIES.contains(incident.cause());
        if (calamity) {
            fields.put(IncidentFields.AVAILABILITY, Availability.EXCLUDED);
            fields.put(IncidentFields.EXCLUSION_CAUSE, incident.cause());
            rules.add("KPN.AV.1");
        } else if (incident.cause() == Cause.PLANNED_MAINTENANCE
                && ContractTime.insideDailyWindow(incident.outageStart(), MAINTENANCE_FROM, MAINTENANCE_TO)) {
            fields.put(IncidentFields.AVAILABILITY, Availability.EXCLUDED);
            fields.put(IncidentFields.EXCLUSION_CAUSE, incident.cause());
            rules.add("KPN.AV.2");
        } else {
            fields.put(IncidentFields.AVAILABILITY, Availability.UNAVAILABLE);
            rules.add("KPN.AV.3");
        }
        fields.put(IncidentFields.CALAMITY, calamity);
        if (contract.tier() == Tier.INSTAP) {
            rules.add("KPN.RT.1");
        } else if (!calamity) {
            ZonedDateTime reported = incident.reportedAt();
            boolean clock = contract.tier() == Tier.PREMIUM;
            ZonedDateTime deadline = clock ? time.plusClockMinutes(reported, KPN_REPAIR_MINUTES)
                    : time.plusBusinessMinutes(reported, KPN_REPAIR_MINUTES, CBG_OFFICE);
            fields.put(IncidentFields.REPAIR_DEADLINE, deadline);
            rules.addAll(List.of("KPN.RT.1", "KPN.RT.2"));
            ZonedDateTime resolved = incident.resolvedAt();
            if (resolved != null) {
                // KPN.RT.3: repaired in "< 8 uur", strictly before the deadline
                boolean met = resolved.isBefore(deadline);
                fields.put(IncidentFields.REPAIR_MET, met);
                fields.put(IncidentFields.REPAIR_ELAPSED_MINUTES, clock ? time.clockMinutesBetween(reported, resolved)
                        : time.businessMinutesBetween(reported, resolved, CBG_OFFICE));
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

    /** Every incident field in the kind's order, the IDs once each in ID order (as a decision lists them). */
    private static Result result(Map<Field<?, ?>, Object> decided, List<String> rules, List<String> flags) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Field<?, ?> field : CaseKind.INCIDENT.fields()) {
            fields.put(field.name(), decided.get(field));
        }
        List<String> ids = rules.stream().distinct().sorted(Comparator.comparing(RuleId::of)).toList();
        return new Result(fields, ids, flags, null);
    }
}
