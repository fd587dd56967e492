package nl.contractrules.spark;

import java.io.Serializable;
import nl.contractrules.api.BulkResult;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the tasks of a job report back to the driver: lines decided and rejected, the CPU time they used, and the
 * rule-set loads on executors (compilations, or the bundled rules loaded as the build compiled them) with their time. Spark may count a retried task twice, so the counts are for a summary only.
 */
final class Counters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator decided;
    private final LongAccumulator rejected;
    private final LongAccumulator loads;
    private final LongAccumulator loadMillis;
    private final LongAccumulator cpuNanos;

    Counters(SparkContext spark) {
        decided = spark.longAccumulator("contract-rules: cases decided");
        rejected = spark.longAccumulator("contract-rules: cases rejected");
        loads = spark.longAccumulator("contract-rules: rule-set loads");
        loadMillis = spark.longAccumulator("contract-rules: rule-set load ms");
        cpuNanos = spark.longAccumulator("contract-rules: CPU ns of the deciding tasks");
    }

    void count(BulkResult result) {
        (result.decided() ? decided : rejected).add(1);
    }

    void loaded(long millis) {
        loads.add(1);
        loadMillis.add(millis);
    }

    /** Adds the CPU time a task's thread used from reading its first line to writing its last. */
    void cpu(long nanos) {
        cpuNanos.add(nanos);
    }

    long decided() {
        return decided.value();
    }

    long rejected() {
        return rejected.value();
    }

    /** How many times an executor loaded the rule set during the job (0 when every executor had it already). */
    long loads() {
        return loads.value();
    }

    long loadMillis() {
        return loadMillis.value();
    }

    double cpuSeconds() {
        return cpuNanos.value() / 1e9;
    }
}
