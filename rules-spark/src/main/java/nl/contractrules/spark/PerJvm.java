package nl.contractrules.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.contractrules.api.ContractRules;
import nl.contractrules.json.BulkContracts;

/**
 * What a JVM keeps between tasks, by content hash: the rule sets and the parsed contracts, built by the
 * first task that needs them (the tasks that start meanwhile wait for it) and used by every later task and job. The
 * driver puts the rule set it compiled to check there too, so that in local mode (driver and executor in one JVM)
 * the rules are compiled once.
 */
final class PerJvm {
    private static final Map<String, Object> VALUES = new ConcurrentHashMap<>();
    private static final AtomicInteger THREADS = new AtomicInteger();
    /**
     * The threads that decide the tasks' cases: daemon threads started as tasks need them (one per task deciding,
     * and one more for each case left running past the time limit) and ended after a minute idle.
     */
    private static final ExecutorService DECIDING = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "contract-rules-spark-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private PerJvm() {
    }

    /** The compiled rule set of this content hash, compiled by {@code compile} if this JVM has not got it yet. */
    static ContractRules rules(String hash, Supplier<ContractRules> compile) {
        return get("rules:" + hash, compile);
    }

    /** The threads of this JVM that decide cases. */
    static ExecutorService deciding() {
        return DECIDING;
    }

    /** The contracts of this content hash, parsed by {@code parse} if this JVM has not got them yet. */
    static BulkContracts contracts(String hash, Supplier<BulkContracts> parse) {
        return get("contracts:" + hash, parse);
    }

    /** The value kept under {@code key}, built once; a build that throws keeps nothing, so the next task retries. */
    @SuppressWarnings("unchecked")
    private static <T> T get(String key, Supplier<T> build) {
        return (T) VALUES.computeIfAbsent(key, k -> build.get());
    }
}
