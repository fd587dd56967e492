package nl.contractrules.engine.runtime;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import nl.contractrules.engine.compile.Explanations;
import nl.contractrules.engine.compile.RuleBases;
import nl.contractrules.model.Citation;
import nl.contractrules.model.RuleId;
import nl.contractrules.rulesupport.Answer;
import org.apiguardian.api.API;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaGroupPoppedEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Watches one evaluation's rules fire: records the rulebook IDs of the rules that fired (each ID once, with its
 * citation, sorted as {@link RuleId}s sort whatever the agenda's firing order), counts the decision rules that fired
 * (the input checks of the {@value Sessions#VALIDATE_PHASE} phase do not count), tells an observer the name of each
 * rule that fires, and halts the session when more rules fire than the runaway guard allows, or when the input checks
 * are done and rejected the input, so that no decision rule fires on input the checks refused.
 */
@API(status = INTERNAL, since = "0.1")
public final class FiringLog extends DefaultAgendaEventListener {
    private final int maxFirings;
    private final Explanations explanations;
    private final Consumer<String> observer;
    private final Answer answer;
    /**
     * The ranks of the IDs that fired, ascending, and the first citation of each: a sorted array rather than a
     * sorted map, as an evaluation cites a handful of IDs.
     */
    private int[] ranks = new int[8];
    private Citation[] cited = new Citation[8];
    private int size;
    /** Every rule that fired, input checks included, for the runaway guard. */
    private int fired;
    /** The decision rules that fired. */
    private int decided;
    /** Whether the input checks are still firing. */
    private boolean validating;

    /** A log of one evaluation writing on {@code answer}; {@code observer} may be null. */
    public FiringLog(int maxFirings, Explanations explanations, Consumer<String> observer, Answer answer) {
        this.maxFirings = maxFirings;
        this.explanations = explanations;
        this.observer = observer;
        this.answer = answer;
    }

    /** The input checks fire first: the firings until their phase is done are not decisions. */
    void validateFirst() {
        validating = true;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        Rule rule = event.getMatch().getRule();
        if (observer != null) {
            observer.accept(RuleBases.name(rule));
        }
        for (Explanations.Cited c : explanations.of(rule)) {
            add(c.rank(), c.citation());
        }
        if (!validating) {
            decided++;
        }
        if (++fired > maxFirings) {
            event.getKieRuntime().halt();
        }
    }

    /** The input checks are done: when they rejected the input, no decision rule may fire on it. */
    @Override
    public void agendaGroupPopped(AgendaGroupPoppedEvent event) {
        if (validating && event.getAgendaGroup().getName().equals(Sessions.VALIDATE_PHASE)) {
            validating = false;
            if (answer.rejected()) {
                event.getKieRuntime().halt();
            }
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

    /** Whether more rules fired than the runaway guard allows. */
    public boolean runaway() {
        return fired > maxFirings;
    }

    /** How many decision rules fired (input checks do not count). */
    public int decided() {
        return decided;
    }

    /** The rulebook IDs of the rules that fired, each once, sorted. */
    public List<RuleId> ruleIds() {
        RuleId[] ids = new RuleId[size];
        for (int i = 0; i < size; i++) {
            ids[i] = cited[i].id();
        }
        return List.of(ids);
    }

    /** The citation of each of {@link #ruleIds()}, in the same order. */
    public List<Citation> citations() {
        return List.of(Arrays.copyOf(cited, size));
    }
}
