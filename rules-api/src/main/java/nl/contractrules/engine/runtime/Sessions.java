package nl.contractrules.api;

import java.util.EnumMap;
import java.util.Map;
import nl.contractrules.model.Answer;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Regime;
import nl.contractrules.time.BusinessTime;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The sessions evaluations run in, per regime: taken from a pool of the regime's rule base and given back reset
 * (facts, agenda, halt) with the evaluation's listener removed, so nothing of one evaluation reaches the next; a
 * session whose evaluation ran past the watchdog's limit is destroyed, never reused.
 * Thread-safe: each evaluation has a session of its own while it runs.
 */
final class Sessions {
    /** The global through which rules do calendar arithmetic. */
    static final String TIME = "time";
    /** The global on which rules write their conclusions. */
    static final String ANSWER = "answer";

    /**
     * A regime's pool, and what its rules declare: input checks (which fire before every other rule), and the
     * globals {@code time} and {@code answer} (a session refuses a global its rules do not declare).
     */
    private record Regimen(KieSessionsPool pool, boolean validates, boolean usesTime, boolean usesAnswer) {
    }

    private final Map<Regime, Regimen> regimens = new EnumMap<>(Regime.class);

    Sessions(CompiledRules compiled) {
        for (Regime regime : Regime.values()) {
            KieBase kieBase = compiled.kieBase(regime);
            regimens.put(regime, new Regimen(kieBase.newKieSessionsPool(1),
                    compiled.hasAgendaGroup(regime, ContractRules.VALIDATE_PHASE), declares(kieBase, TIME),
                    declares(kieBase, ANSWER)));
        }
    }

    private static boolean declares(KieBase kieBase, String global) {
        return kieBase.getKiePackages().stream()
                .anyMatch(pkg -> pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(global)));
    }

    /**
     * Inserts the contract and the case and fires the regime's rules, the input checks first, with the globals
     * they write their conclusions on ({@code answer}) and compute with ({@code time}).
     */
    void run(Regime regime, Contract contract, CaseInput input, Answer answer, BusinessTime time, FiringLog log) {
        Regimen regimen = regimens.get(regime);
        KieSession session = regimen.pool().newKieSession();
        try {
            if (regimen.usesTime()) {
                session.setGlobal(TIME, time);
            }
            if (regimen.usesAnswer()) {
                session.setGlobal(ANSWER, answer);
            }
            session.addEventListener(log);
            session.insert(contract);
            session.insert(input);
            if (regimen.validates()) {
                session.getAgenda().getAgendaGroup(ContractRules.VALIDATE_PHASE).setFocus();
            }
            session.fireAllRules();
        } finally {
            session.removeEventListener(log);
            if (Watchdog.abandonedHere()) {
                session.destroy();
            } else {
                session.dispose();
            }
        }
    }
}
