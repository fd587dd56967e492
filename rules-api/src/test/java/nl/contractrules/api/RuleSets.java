package nl.contractrules.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.contractrules.model.RuleFile;

/** Small rule sets for tests: the bundled calendars plus the given files. */
final class RuleSets {
    static final RuleFile CALENDARS = RuleFile.bundled().stream()
            .filter(f -> f.path().equals(RuleFile.CALENDARS)).findFirst().orElseThrow();

    private RuleSets() {
    }

    /** The calendars and files given as path, text, path, text, … */
    static List<RuleFile> of(String... pathsAndTexts) {
        List<RuleFile> files = new ArrayList<>(List.of(CALENDARS));
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.add(new RuleFile(pathsAndTexts[i], pathsAndTexts[i + 1].getBytes(UTF_8)));
        }
        return files;
    }

    static Validation validate(String... pathsAndTexts) {
        return ContractRules.validate(of(pathsAndTexts));
    }

    /** A flags file declaring the flags of these names, each telling that it is a test's. */
    static String flags(String... names) {
        return Arrays.stream(names).map(name -> name + " = a flag of a test\n").collect(Collectors.joining());
    }
}
