package nl.contractrules.api;

import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, for one evaluation, the rulebook IDs of the rules that fired (each ID once, with its citation, sorted
 * by {@link RuleIds#ORDER} whatever the agenda's firing order), tells an observer the name of each rule that fires,
 * and halts the session when more rules fire than the runaway guard allows. What each rule cites comes resolved
 * from {@link Explanations}.
 */
final class FiringLog extends DefaultAgendaEventListener {
    private final int maxFirings;
    private final Explanations explanations;
    private final Consumer<String> observer;
    /** By rank of the ID: the first citation of each ID that fired. */
    private final TreeMap<Integer, Citation> citations = new TreeMap<>();
    private int fired;

    FiringLog(int maxFirings, Explanations explanations, Consumer<String> observer) {
        this.maxFirings = maxFirings;
        this.explanations = explanations;
        this.observer = observer;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        if (observer != null) {
            observer.accept(name(rule));
        }
        for (Explanations.Cited cited : explanations.of(rule)) {
            citations.putIfAbsent(cited.rank(), cited.citation());
        }
        if (++fired > maxFirings) {
            event.getKieRuntime().halt();
        }
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
        return citations.values().stream().map(Citation::id).toList();
    }

    List<Citation> citations() {
        return List.copyOf(citations.values());
    }
}
