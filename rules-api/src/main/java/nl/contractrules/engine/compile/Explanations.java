package nl.contractrules.engine.compile;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.contractrules.model.Citation;
import nl.contractrules.model.RuleId;
import org.apiguardian.api.API;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * What the rules of one rule base cite, resolved once when the rule base is built rather than at every firing:
 * per rule, a citation for each rulebook ID in its {@code @id}, and each ID's rank in the order of {@link RuleId}s,
 * so that an evaluation collects and sorts its explanation by number. Immutable and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public final class Explanations {
    /** The metadata every rule carries: the rulebook IDs it encodes, and where the seed says it. */
    static final List<String> CITATION_KEYS = List.of("id", "seed", "section");

    /** A citation with the rank of its ID among all IDs of the rule base (0 first). */
    public record Cited(int rank, Citation citation) {
    }

    /** Per rule of the rule base (the very objects a firing names), what it cites; never changed once built. */
    private final Map<Rule, List<Cited>> byRule;

    private Explanations(Map<Rule, List<Cited>> byRule) {
        this.byRule = byRule;
    }

    /** The citations of every rule of the rule base, whose {@code @id}s are rulebook IDs (as compiling checked). */
    static Explanations of(KieBase kieBase) {
        TreeSet<RuleId> ids = new TreeSet<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                ids(rule.getMetaData()).forEach(id -> ids.add(RuleId.of(id)));
            }
        }
        Map<RuleId, Integer> rank = new HashMap<>();
        for (RuleId id : ids) {
            rank.put(id, rank.size());
        }
        Map<Rule, List<Cited>> byRule = new IdentityHashMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                Map<String, Object> meta = rule.getMetaData();
                byRule.put(rule, ids(meta).stream().map(RuleId::of)
                        .map(id -> new Cited(rank.get(id), new Citation(id, String.valueOf(meta.get("seed")),
                                String.valueOf(meta.get("section")))))
                        .toList());
            }
        }
        return new Explanations(byRule);
    }

    /** What a rule of this rule base cites. */
    public List<Cited> of(Rule rule) {
        return byRule.getOrDefault(rule, List.of());
    }

    /** The rulebook IDs a rule's metadata names: {@code @id("CS365.BC.1")}, or several separated by commas. */
    public static List<String> ids(Map<String, Object> meta) {
        return Arrays.stream(String.valueOf(meta.get("id")).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
