package nl.contractrules.api;

import java.util.List;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Records, for one evaluation, the rulebook IDs of the rules that fired (each ID once, with its citation, sorted
 * by {@link RuleIds#ORDER} whatever the agenda's firing order), and halts the session when more rules fire than
 * the runaway guard allows. What each rule cites comes resolved from {@link Explanations}.
 */
final class FiringLog extends DefaultAgendaEventListener {
    private final int maxFirings;
    private final Explanations explanations;
    /** By rank of the ID: the first citation of each ID that fired. */
    private final TreeMap<Integer, Citation> citations = new TreeMap<>();
    private int fired;

    FiringLog(int maxFirings, Explanations explanations) {
        this.maxFirings = maxFirings;
        this.explanations = explanations;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        for (Explanations.Cited cited : explanations.of(event.getMatch().getRule())) {
            citations.putIfAbsent(cited.rank(), cited.citation());
        }
        if (++fired > maxFirings) {
            event.getKieRuntime().halt();
        }
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
