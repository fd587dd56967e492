package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.List;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.RuleFile;

/** A small rule set for reader tests: the bundled calendars and one rule per kind the tests use. */
final class SmallRules {
    static final String DRL = """
            package connectsecure365;
            import nl.contractrules.model.*;
            import nl.contractrules.time.BusinessTime;
            global BusinessTime time;

            rule "T.IN.1 incident handled from the next opening" @id("T.IN.1") @seed("s.txt") @section("1")
            when $i : Incident() $a : Answer()
            then $a.set(IncidentFields.HANDLED_FROM, time.plusBusinessMinutes($i.reportedAt(), 240, "CBG_OFFICE"));
            end

            rule "T.WK.1 work billed after 30 minutes" @id("T.WK.1") @seed("s.txt") @section("1")
            when $w : WorkItem() $a : Answer()
            then $a.set(WorkFields.BILLABLE_MINUTES, Billing.billableMinutes($w.actual(), 30, 15));
            end

            rule "T.AV.1 availability counted" @id("T.AV.1") @seed("s.txt") @section("1")
            when AvailabilityPeriod() $a : Answer()
            then $a.flag("COUNTED");
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
