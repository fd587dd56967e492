package nl.contractrules.tests.bench;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.contractrules.api.ContractRules;
import nl.contractrules.api.Decision;
import nl.contractrules.api.Outcome;
import nl.contractrules.model.CaseInput;
import nl.contractrules.model.Contract;
import nl.contractrules.model.Incident;
import nl.contractrules.model.Regime;
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

/**
 * What an embedding application pays: compiling the bundled rules once ({@link #compileBundled}), then one
 * decision ({@link #decideIncident}) or a batch of 100 ({@link #decideBatch}) on the shared rule base.
 * Run with {@code ./mvnw -q -Pbench -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecideBenchmark {
    private ContractRules rules;
    private Contract contract;
    private Incident incident;
    private List<CaseInput> batch;

    @Setup
    public void setUp() {
        rules = ContractRules.bundled();
        contract = Contract.of(Regime.CONNECT_SECURE_365, Tier.BASIS);
        incident = Incident.reportedAt(ZonedDateTime.parse("2026-11-21T10:00:00+01:00"));
        batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(Incident.reportedAt(ZonedDateTime.parse("2026-11-20T08:00:00+01:00").plusHours(i)));
            batch.add(new WorkItem(WorkCategory.GENERAL, i, i + 5, null, i % 2 == 0));
        }
    }

    @Benchmark
    public Decision decideIncident() {
        return rules.decide(contract, incident);
    }

    @Benchmark
    public List<Outcome> decideBatch() {
        return rules.decideAll(contract, batch);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ContractRules compileBundled() {
        return ContractRules.bundled();
    }
}
