package nl.contractrules.tests.bench;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import nl.contractrules.engine.compile.BundledRules;
import nl.contractrules.engine.compile.CheckedRules;
import nl.contractrules.engine.compile.RuleBases;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.Regime;
import nl.contractrules.rulesupport.Answer;
import nl.contractrules.time.BusinessTime;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a Drools session costs per decision before any rule fires, on the bundled rule bases of {@link
 * DecideBenchmark}'s two incidents: a pooled session taken, fired with nothing in it and given back (reset), and the
 * same with the contract and the incident inserted and every match refused by an agenda filter (the conditions
 * evaluated, no consequence run). A lower bound of a decision's cost through Drools, to hold against the targets
 * in multiples of the hand-written baseline ({@link HandWritten}). Run as {@link DecideBenchmark} is, e.g.
 * {@code -Djmh.args="SessionFloor|DecideBenchmark.decide.*Incident"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SessionFloorBenchmark {
    private RuleBases rules;
    private KieSessionsPool cs365;
    private KieSessionsPool kpn;
    private BusinessTime time;
    private Contract contract;
    private Incident incident;
    private Contract kpnContract;
    private Incident kpnIncident;

    @Setup
    public void setUp() {
        rules = BundledRules.load().orElseThrow();
        cs365 = rules.kieBase(Regime.CONNECT_SECURE_365).newKieSessionsPool(1);
        kpn = rules.kieBase(Regime.KPN_EEN).newKieSessionsPool(1);
        time = new BusinessTime(rules.calendars(), Clock.systemUTC());
        contract = DecideBenchmark.CS365_CONTRACT;
        incident = DecideBenchmark.cs365Incident();
        kpnContract = DecideBenchmark.KPN_CONTRACT;
        kpnIncident = DecideBenchmark.kpnIncident();
    }

    @Benchmark
    public int emptySession() {
        return empty(cs365);
    }

    @Benchmark
    public int emptyKpnSession() {
        return empty(kpn);
    }

    @Benchmark
    public int conditionsOnly() {
        return conditions(cs365, contract, incident);
    }

    @Benchmark
    public int conditionsOnlyKpn() {
        return conditions(kpn, kpnContract, kpnIncident);
    }

    private static int empty(KieSessionsPool pool) {
        KieSession session = pool.newKieSession();
        try {
            return session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    private int conditions(KieSessionsPool pool, Contract of, Incident input) {
        KieSession session = pool.newKieSession();
        try {
            session.setGlobal(CheckedRules.TIME, time);
            session.setGlobal(CheckedRules.ANSWER, new Answer(input.kind(), rules.flagsByName()));
            session.insert(of);
            session.insert(input);
            return session.fireAllRules(match -> false);
        } finally {
            session.dispose();
        }
    }
}
