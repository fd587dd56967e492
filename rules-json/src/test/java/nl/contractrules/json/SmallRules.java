package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;

/** A small rule set for reader tests: the bundled calendars and one rule per kind the tests use. */
final class SmallRules {
    static final String DRL = """
            package connectsecure365;
            import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
            global Answer answer;
            import nl.contractrules.time.BusinessTime;
            import nl.contractrules.time.Downtime;
            global BusinessTime time;

            rule "T.IN.1 incident handled from the next opening" @id("T.IN.1") @seed("s.txt") @section("1")
            when $i : Incident()
            then answer.set(IncidentFields.HANDLED_FROM, time.plusBusinessMinutes($i.reportedAt(), 240, "CBG_OFFICE"));
            end

            rule "T.WK.1 work billed after 30 minutes" @id("T.WK.1") @seed("s.txt") @section("1")
            when $w : WorkItem()
            then answer.set(WorkFields.BILLABLE_MINUTES, Billing.billableMinutes($w.actual(), 30, 15));
            end

            rule "T.AV.1 availability counted" @id("T.AV.1") @seed("s.txt") @section("1")
            when $p : AvailabilityPeriod()
            then
                Downtime d = new Downtime($p.periodStart(), $p.periodEnd());
                for (Outage o : $p.outages()) {
                    d.count(o.start(), o.end());
                    d.excludeInsideDailyWindow(o.start(), o.end(), java.time.LocalTime.of(23, 0), java.time.LocalTime.MIDNIGHT);
                }
                answer.set(AvailabilityFields.COUNTED_DOWNTIME_MINUTES, d.countedMinutes());
                answer.set(AvailabilityFields.AVAILABILITY_PERCENT, d.availabilityPercent());
            end

            rule "T.TR.1 training sessions of at most 12" @id("T.TR.1") @seed("s.txt") @section("1")
            when $t : TrainingRequest()
            then answer.set(TrainingFields.SESSIONS, Groups.balancedOfAtMost($t.participants(), 12));
            end

            rule "T.CH.1 change due in 5 business days" @id("T.CH.1") @seed("s.txt") @section("1")
            when $c : ChangeRequest()
            then answer.set(ChangeFields.DUE_AT, time.businessDaysDue($c.receivedAt(), 5, "CBG_OFFICE"));
            end
            """;
    static final ContractRules RULES = ContractRules.of(files("connectsecure365/t.drl", DRL));

    private SmallRules() {
    }

    /** The bundled calendars and the files given as path, text, path, text, … */
    static List<RuleFile> files(String... pathsAndTexts) {
        List<RuleFile> files = new ArrayList<>(RuleFile.bundled().stream()
                .filter(f -> f.path().equals(RuleFile.CALENDARS)).toList());
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.add(new RuleFile(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(UTF_8)));
        }
        return files;
    }
}
