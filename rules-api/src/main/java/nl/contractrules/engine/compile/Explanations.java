package nl.contractrules.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules of one rule base cite, resolved once when the rule base is loaded rather than at every firing:
 * per rule, a citation for each rulebook ID in its {@code @id}, and each ID's rank in {@link RuleIds#ORDER}, so
 * that an evaluation collects and sorts its explanation by number. Immutable and thread-safe.
 */
final class Explanations {
    /** A citation with the rank of its ID among all IDs of the rule base (0 first). */
    record Cited(int rank, Citation citation) {
    }

    /** Per rule of the rule base (the very objects a firing names), what it cites; never changed once built. */
    private final Map<Rule, List<Cited>> byRule;

    private Explanations(Map<Rule, List<Cited>> byRule) {
        this.byRule = byRule;
    }

    /** The citations of every rule of the rule base. */
    static Explanations of(KieBase kieBase) {
        TreeSet<String> ids = new TreeSet<>(RuleIds.ORDER);
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                ids.addAll(ids(rule.getMetaData()));
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        for (String id : ids) {
            rank.put(id, rank.size());
        }
        Map<Rule, List<Cited>> byRule = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                byRule.put(rule, ids(meta).stream()
                        .map(id -> new Cited(rank.get(id), new Citation(id, String.valueOf(meta.get("seed")),
                                String.valueOf(meta.get("section")))))
                        .toList());
            }
        }
        return new Explanations(byRule);
    }

    /** What a rule of this rule base cites. */
    List<Cited> of(Rule rule) {
        return byRule.getOrDefault(rule, List.of());
    }

    /** The rulebook IDs a rule cites: {@code @id("CS365.BC.1")}, or several separated by commas. */
    static List<String> ids(Map<String, Object> meta) {
        return Arrays.stream(String.valueOf(meta.get("id")).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
