package nl.contractrules.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * A listener for the driver of {@link LocalClusterIT}: when the first task of a stage of several tasks (the stage that
 * decides) has finished, it ends a worker's JVM and the executor it launched, by process id
 * ({@code spark.contractrules.test.killPid}), while the other tasks of the stage run or wait; at the application's
 * end it prints the failed tasks and removed executors it saw, on standard error.
 */
public final class KillWorkerOnFirstTask extends SparkListener {
    private final long pid;
    private final Map<Integer, Integer> stageTasks = new ConcurrentHashMap<>();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicInteger failedTasks = new AtomicInteger();
    private final AtomicInteger removedExecutors = new AtomicInteger();

    public KillWorkerOnFirstTask(SparkConf conf) {
        pid = conf.getLong("spark.contractrules.test.killPid", -1);
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        stageTasks.put(submitted.stageInfo().stageId(), submitted.stageInfo().numTasks());
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (!end.taskInfo().successful()) {
            failedTasks.incrementAndGet();
            System.err.println("task failed: " + end.reason());
        } else if (stageTasks.getOrDefault(end.stageId(), 0) > 1 && killed.compareAndSet(false, true)) {
            ProcessHandle worker = ProcessHandle.of(pid).orElseThrow(
                    () -> new IllegalStateException("no process " + pid + " to kill"));
            worker.descendants().forEach(ProcessHandle::destroyForcibly);
            worker.destroyForcibly();
            System.err.println("killed worker process " + pid + " and its executor after task "
                    + end.taskInfo().index() + " of stage " + end.stageId() + " of "
                    + stageTasks.get(end.stageId()) + " tasks");
        }
    }

    @Override
    public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
        removedExecutors.incrementAndGet();
        System.err.println("executor " + removed.executorId() + " removed: " + removed.reason());
    }

    @Override
    public void onApplicationEnd(SparkListenerApplicationEnd end) {
        System.err.println("lost worker: " + (killed.get() ? "killed" : "not killed") + ", tasks failed: "
                + failedTasks.get() + ", executors removed: " + removedExecutors.get());
    }
}
