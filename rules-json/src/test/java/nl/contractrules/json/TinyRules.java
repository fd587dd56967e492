package nl.contractrules.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.stream.Stream;
import nl.contractrules.api.BulkCase;
import nl.contractrules.api.BulkResult;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;

/**
 * A one-file rule set for the format tests: Websitenazorg incidents get their description (or {@code none}) and
 * {@code b} as failed criteria, so that a test controls text that reaches the output, and the flag
 * {@code CHECKED}.
 */
final class TinyRules {
    static final ContractRules RULES = ContractRules.of(List.of(
            RuleFile.bundled().stream().filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst().orElseThrow(),
            new RuleFile("websitenazorg/a.drl", """
                    package websitenazorg;
                    import nl.contractrules.model.*; import nl.contractrules.rulesupport.*;
                    global Answer answer;
                    rule "WN.X.1 criteria" @id("WN.X.1") @seed("s.txt") @section("1")
                    when $i : Incident()
                    then
                        answer.set(IncidentFields.FAILED_CRITERIA,
                                java.util.List.of($i.description() == null ? "none" : $i.description(), "b"));
                        answer.flag("CHECKED");
                    end
                    """.getBytes(UTF_8)),
            new RuleFile(RuleFile.FLAGS, "CHECKED = the test's incident was checked\n".getBytes(UTF_8))));

    private TinyRules() {
    }

    /** The results of the given cases, in order. */
    static List<BulkResult> decide(BulkCase... cases) {
        return RULES.bulk().threads(2).decide(Stream.of(cases)).toList();
    }
}
