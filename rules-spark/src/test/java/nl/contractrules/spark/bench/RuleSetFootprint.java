package nl.contractrules.spark.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.contractrules.api.ContractRules;
import nl.contractrules.model.RuleFile;

/**
 * What an executor pays for the rule set (not a test): the time to compile it and the memory it keeps (heap after
 * a full collection, and class metadata), measured in a fresh JVM, then the time of a second compilation.
 *
 * <pre>{@code
 * java -cp "rules-spark/target/contract-rules-spark-job.jar:$(cat rules-spark/target/spark-classpath.txt)" \
 *     rules-spark/src/test/java/nl/contractrules/spark/bench/RuleSetFootprint.java [RULE_DIR]
 * }</pre>
 */
public final class RuleSetFootprint {
    private RuleSetFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        List<RuleFile> files = args.length > 0 ? RuleFile.directory(Path.of(args[0])) : RuleFile.bundled();
        long heap = heap();
        long metaspace = metaspace();
        long start = System.nanoTime();
        ContractRules rules = ContractRules.of(files);
        double first = (System.nanoTime() - start) / 1e9;
        long heapAfter = heap();
        long metaspaceAfter = metaspace();
        start = System.nanoTime();
        ContractRules.of(files);
        double second = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d rules from %d files: compiled in %.1f s (again: %.1f s); kept %.0f MB of heap,"
                        + " %.0f MB of class metadata%n", rules.ruleCount(), files.size(), first, second,
                (heapAfter - heap) / 1e6, (metaspaceAfter - metaspace) / 1e6);
    }

    private static long heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long metaspace() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.NON_HEAP)
                .filter(p -> p.getName().contains("Metaspace")).mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
