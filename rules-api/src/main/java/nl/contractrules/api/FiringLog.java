package nl.contractrules.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, for one evaluation, the rulebook IDs of the rules that fired (each ID once, with its citation, sorted
 * by {@link RuleIds#ORDER} whatever the agenda's firing order), tells an observer the name of each rule that fires,
 * and halts the session when more rules fire than the runaway guard allows.
 */
final class FiringLog extends DefaultAgendaEventListener {
    private final int maxFirings;
    private final Consumer<String> observer;
    private final Map<String, Citation> citations = new LinkedHashMap<>();
    private int fired;

    FiringLog(int maxFirings, Consumer<String> observer) {
        this.maxFirings = maxFirings;
        this.observer = observer;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        if (observer != null) {
            observer.accept(name(rule));
        }
        Map<String, Object> meta = rule.getMetaData();
        for (String id : ids(meta)) {
            citations.computeIfAbsent(id, k -> new Citation(k, String.valueOf(meta.get("seed")),
                    String.valueOf(meta.get("section"))));
        }
        if (++fired > maxFirings) {
            event.getKieRuntime().halt();
        }
    }

    /** The rulebook IDs a rule cites: {@code @id("CS365.BC.1")}, or several separated by commas. */
    static List<String> ids(Map<String, Object> meta) {
        return Arrays.stream(String.valueOf(meta.get("id")).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** A rule's name as {@link ContractRules#ruleNames()} gives it: {@code package/rule name}. */
    static String name(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    boolean runaway() {
        return fired > maxFirings;
    }

    int fired() {
        return fired;
    }

    List<String> ruleIds() {
        return citations.keySet().stream().sorted(RuleIds.ORDER).toList();
    }

    List<Citation> citations() {
        return citations.values().stream().sorted(Comparator.comparing(Citation::id, RuleIds.ORDER)).toList();
    }
}
