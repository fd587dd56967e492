package nl.contractrules.spark;

import java.io.Serializable;
import nl.contractrules.api.BulkResult;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * What the tasks of a job report back to the driver: lines decided and rejected, and the rule-set compilations
 * on executors with their time. Spark may count a retried task twice, so the counts are for a summary only.
 */
final class Counters implements Serializable {
    private static final long serialVersionUID = 1L;

    private final LongAccumulator decided;
    private final LongAccumulator rejected;
    private final LongAccumulator loads;
    private final LongAccumulator loadMillis;

    Counters(SparkContext spark) {
        decided = spark.longAccumulator("contract-rules: cases decided");
        rejected = spark.longAccumulator("contract-rules: cases rejected");
        loads = spark.longAccumulator("contract-rules: rule-set compilations");
        loadMillis = spark.longAccumulator("contract-rules: rule-set compilation ms");
    }

    void count(BulkResult result) {
        (result.decided() ? decided : rejected).add(1);
    }

    void loaded(long millis) {
        loads.add(1);
        loadMillis.add(millis);
    }

    long decided() {
        return decided.value();
    }

    long rejected() {
        return rejected.value();
    }

    /** How many times an executor compiled the rule set during the job (0 when every executor had it already). */
    long loads() {
        return loads.value();
    }

    long loadMillis() {
        return loadMillis.value();
    }
}
