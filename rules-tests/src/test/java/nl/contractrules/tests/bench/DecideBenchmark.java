package nl.contractrules.tests.bench;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.model.RuleFile;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Cause;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.Regime;
import nl.contractrules.model.ServiceType;
import nl.contractrules.model.Tier;
import nl.contractrules.model.WorkCategory;
import nl.contractrules.model.WorkItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * What an embedding application pays, against a hand-written Java baseline ({@link HandWritten}) in the same run:
 * one Connect Secure 365 BASIS incident ({@link #decideIncident}) and one KPN EEN PREMIUM incident
 * ({@link #decideKpnIncident}) through the rules and by hand, a batch of 100 cases on one and on two threads,
 * compiling the bundled rule files ({@link #compileBundled}) and loading the rules compiled by the build
 * ({@link #loadBundled}). Run with {@code ./mvnw -q -Pbench -DskipTests verify}; JMH options with
 * {@code -Djmh.args="..."} (e.g. {@code -rf json -rff target/jmh.json}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecideBenchmark {
    private ContractRules rules;
    private HandWritten handWritten;
    private Contract contract;
    private Incident incident;
    private Contract kpnContract;
    private Incident kpnIncident;
    private List<CaseInput> batch;

    @Setup
    public void setUp() {
        rules = ContractRules.bundled();
        handWritten = HandWritten.bundled();
        contract = CS365_CONTRACT;
        incident = cs365Incident();
        kpnContract = KPN_CONTRACT;
        kpnIncident = kpnIncident();
        batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(Incident.of(ZonedDateTime.parse("2026-11-20T08:00:00+01:00").plusHours(i)));
            batch.add(new WorkItem(WorkCategory.GENERAL, i, i + 5, null, i % 2 == 0));
        }
    }

    /** The contract of {@link #decideIncident}'s incident. */
    static final Contract CS365_CONTRACT = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
    /** The contract of {@link #decideKpnIncident}'s incident. */
    static final Contract KPN_CONTRACT = Contract.of(Regime.KPN_EEN, Tier.PREMIUM);

    /** Saturday: handled from Monday's opening; all users affected, files not migrated (CS365.BC.4 fails). */
    static Incident cs365Incident() {
        return Incident.builder(ZonedDateTime.parse("2026-11-21T10:00:00+01:00")).service(ServiceType.OFFICE_365)
                .cause(Cause.UNKNOWN).allUsersAffected(true).usersAbleToLogIn(false).workingSituationDelivered(true)
                .passwordsHandedOver(true).correctPasswordsUsed(true).filesMigrated(false)
                .filesInaccessibleForAllUsers(true).build();
    }

    /** A KPN EEN PREMIUM internet outage on a Saturday night. */
    static Incident kpnIncident() {
        return Incident.builder(ZonedDateTime.parse("2026-11-21T22:00:00+01:00")).service(ServiceType.INTERNET)
                .description("Geen internet").location("Kantoor Utrecht").cause(Cause.UNKNOWN).allUsersAffected(true)
                .build();
    }

    @Benchmark
    public Decision<Incident> decideIncident() {
        return rules.decide(contract, incident);
    }

    @Benchmark
    public HandWritten.Result decideIncidentHandWritten() {
        return handWritten.connectSecure365(contract, incident);
    }

    @Benchmark
    public Decision<Incident> decideKpnIncident() {
        return rules.decide(kpnContract, kpnIncident);
    }

    @Benchmark
    public HandWritten.Result decideKpnIncidentHandWritten() {
        return handWritten.kpnEen(kpnContract, kpnIncident);
    }

    @Benchmark
    public List<Outcome<CaseInput>> decideBatch() {
        return decideAll();
    }

    @Benchmark
    @Threads(2)
    public List<Outcome<CaseInput>> decideBatchThreads() {
        return decideAll();
    }

    /** Each case of the batch evaluated in turn, the outcomes in order. */
    private List<Outcome<CaseInput>> decideAll() {
        List<Outcome<CaseInput>> outcomes = new ArrayList<>(batch.size());
        for (CaseInput input : batch) {
            outcomes.add(rules.evaluate(contract, input));
        }
        return outcomes;
    }

    /** Compiling the bundled rule files from DRL, every regime (as {@code --rules DIR} compiles an edited regime). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ContractRules compileBundled() {
        return ContractRules.fromDrl(RuleFile.bundled());
    }

    /** Loading the bundled rules as the build compiled them (executable model), as {@link ContractRules#bundled()} does. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ContractRules loadBundled() {
        return ContractRules.bundled();
    }
}
