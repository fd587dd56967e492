package nl.contractrules.engine.runtime;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import nl.contractrules.engine.compile.CheckedRules;
import nl.contractrules.engine.compile.RuleBases;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Regime;
import nl.contractrules.rulesupport.Answer;
import nl.contractrules.time.BusinessTime;
import org.apiguardian.api.API;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The sessions evaluations run in, per regime: taken from a pool of the regime's rule base and given back reset
 * (facts, agenda, halt) with the evaluation's listener removed, so nothing of one evaluation reaches the next; a
 * session whose evaluation was abandoned past the time limit is destroyed, never reused.
 * Thread-safe: each evaluation has a session of its own while it runs.
 */
@API(status = INTERNAL, since = "0.1")
public final class Sessions {
    /**
     * The agenda group of input checks: its rules fire before every other rule of an evaluation, and when they
     * reject the input no other rule fires.
     */
    public static final String VALIDATE_PHASE = "validate";

    /**
     * A regime's pool, and what its rules declare: input checks (which fire before every other rule), and the
     * globals {@code time} and {@code answer} (a session refuses a global its rules do not declare).
     */
    private record Regimen(KieSessionsPool pool, boolean validates, boolean usesTime, boolean usesAnswer) {
    }

    private final Map<Regime, Regimen> regimens = new EnumMap<>(Regime.class);

    /** The sessions of the rule bases. */
    public Sessions(RuleBases rules) {
        for (Regime regime : Regime.values()) {
            KieBase kieBase = rules.kieBase(regime);
            regimens.put(regime, new Regimen(kieBase.newKieSessionsPool(1), hasAgendaGroup(kieBase, VALIDATE_PHASE),
                    declares(kieBase, CheckedRules.TIME), declares(kieBase, CheckedRules.ANSWER)));
        }
    }

    private static boolean declares(KieBase kieBase, String global) {
        return kieBase.getKiePackages().stream()
                .anyMatch(pkg -> pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(global)));
    }

    /** Whether the rules have an agenda group of that name (a session asked for a missing one has none). */
    static boolean hasAgendaGroup(KieBase kieBase, String name) {
        KieSession session = kieBase.newKieSession();
        try {
            return session.getAgenda().getAgendaGroup(name) != null;
        } finally {
            session.dispose();
        }
    }

    /** Whether the regime's rules have input checks (the {@value #VALIDATE_PHASE} phase). */
    public boolean validates(Regime regime) {
        return regimens.get(regime).validates();
    }

    /**
     * Inserts the contract and the case and fires the regime's rules, the input checks first, with the globals
     * they write their conclusions on ({@code answer}) and compute with ({@code time}). When {@code abandoned}
     * says, once the rules are done, that the evaluation was given up at its time limit, the session is destroyed
     * rather than given back.
     */
    public void run(Regime regime, Contract contract, CaseInput input, Answer answer, BusinessTime time, FiringLog log,
            BooleanSupplier abandoned) {
        Regimen regimen = regimens.get(regime);
        KieSession session = regimen.pool().newKieSession();
        try {
            if (regimen.usesTime()) {
                session.setGlobal(CheckedRules.TIME, time);
            }
            if (regimen.usesAnswer()) {
                session.setGlobal(CheckedRules.ANSWER, answer);
            }
            if (regimen.validates()) {
                log.validateFirst();
            }
            session.addEventListener(log);
            session.insert(contract);
            session.insert(input);
            if (regimen.validates()) {
                session.getAgenda().getAgendaGroup(VALIDATE_PHASE).setFocus();
            }
            session.fireAllRules();
        } finally {
            session.removeEventListener(log);
            if (abandoned.getAsBoolean()) {
                session.destroy();
            } else {
                session.dispose();
            }
        }
    }
}
