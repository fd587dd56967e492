package nl.contractrules.api;

import java.util.Arrays;
import java.util.List;
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
    /**
     * The ranks of the IDs that fired, ascending, and the first citation of each: a sorted array rather than a
     * sorted map, as an evaluation cites a handful of IDs.
     */
    private int[] ranks = new int[8];
    private Citation[] cited = new Citation[8];
    private int size;
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
        for (Explanations.Cited c : explanations.of(rule)) {
            add(c.rank(), c.citation());
        }
        if (++fired > maxFirings) {
            event.getKieRuntime().halt();
        }
    }

    /** Keeps the citation of an ID unless one with that rank is kept already. */
    private void add(int rank, Citation citation) {
        int at = Arrays.binarySearch(ranks, 0, size, rank);
        if (at >= 0) {
            return;
        }
        at = -at - 1;
        if (size == ranks.length) {
            ranks = Arrays.copyOf(ranks, size * 2);
            cited = Arrays.copyOf(cited, size * 2);
        }
        System.arraycopy(ranks, at, ranks, at + 1, size - at);
        System.arraycopy(cited, at, cited, at + 1, size - at);
        ranks[at] = rank;
        cited[at] = citation;
        size++;
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
        String[] ids = new String[size];
        for (int i = 0; i < size; i++) {
            ids[i] = cited[i].id();
        }
        return List.of(ids);
    }

    List<Citation> citations() {
        return List.of(Arrays.copyOf(cited, size));
    }
}
