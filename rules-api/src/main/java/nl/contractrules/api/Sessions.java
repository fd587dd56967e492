package nl.contractrules.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.contractrules.model.Regime;
import nl.contractrules.time.BusinessTime;
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
    private static final String TIME = "time";
    private final Map<Regime, KieSessionsPool> pools = new EnumMap<>(Regime.class);
    /** The regimes whose rules have input checks, which fire before every other rule. */
    private final Map<Regime, Boolean> validates = new EnumMap<>(Regime.class);
    /** The regimes whose rules declare the global {@code time} (a session refuses an undeclared global). */
    private final Map<Regime, Boolean> usesTime = new EnumMap<>(Regime.class);

    Sessions(CompiledRules compiled) {
        for (Regime regime : Regime.values()) {
            pools.put(regime, compiled.kieBase(regime).newKieSessionsPool(1));
            validates.put(regime, compiled.hasAgendaGroup(regime, ContractRules.VALIDATE_PHASE));
            usesTime.put(regime, compiled.kieBase(regime).getKiePackages().stream()
                    .anyMatch(pkg -> pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(TIME))));
        }
    }

    /** Inserts the facts and fires the regime's rules: the input checks first, then the rest. */
    void run(Regime regime, List<Object> facts, BusinessTime time, FiringLog log) {
        KieSession session = pools.get(regime).newKieSession();
        try {
            if (usesTime.get(regime)) {
                session.setGlobal(TIME, time);
            }
            session.addEventListener(log);
            facts.forEach(session::insert);
            if (validates.get(regime)) {
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
