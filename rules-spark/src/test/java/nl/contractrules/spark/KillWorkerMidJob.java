package nl.contractrules.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkConf;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;
import org.apache.spark.scheduler.SparkListenerApplicationStart;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.scheduler.TaskInfo;

/**
 * A listener for the driver of {@link LocalClusterIT} that loses a worker in the middle of a job: in the first stage
 * of several tasks (the stage that decides and writes), once a task has finished, it ends the worker that runs
 * another task of the stage, while that task runs (at once if one runs, else when the next one starts): the worker's
 * JVM and the executor it launched, by process id. At the application's end it prints, on standard error, the failed
 * tasks and removed executors it saw.
 *
 * <p>The workers are {@code spark.contractrules.test.workers}: {@code N=PID=DIR} for each, comma-separated, where PID
 * is the worker's JVM and DIR its work directory, in which it makes a directory {@code APP/EXECUTOR} for every
 * executor it launches: that is how the listener knows which worker runs an executor.
 */
public final class KillWorkerMidJob extends SparkListener {
    private final List<Worker> workers = new ArrayList<>();
    private final Map<Integer, Integer> stageTasks = new ConcurrentHashMap<>();
    private final Map<Long, TaskInfo> running = new ConcurrentHashMap<>();
    private final AtomicBoolean oneFinished = new AtomicBoolean();
    private final AtomicBoolean killed = new AtomicBoolean();
    private final AtomicInteger failedTasks = new AtomicInteger();
    private final AtomicInteger removedExecutors = new AtomicInteger();
    private volatile String application;
    private volatile String finished = "";

    private record Worker(String name, long pid, Path dir) {
    }

    public KillWorkerMidJob(SparkConf conf) {
        for (String worker : conf.get("spark.contractrules.test.workers").split(",")) {
            String[] parts = worker.split("=", 3);
            workers.add(new Worker(parts[0], Long.parseLong(parts[1]), Path.of(parts[2])));
        }
    }

    @Override
    public void onApplicationStart(SparkListenerApplicationStart start) {
        application = start.appId().get();
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        stageTasks.put(submitted.stageInfo().stageId(), submitted.stageInfo().numTasks());
    }

    @Override
    public void onTaskStart(SparkListenerTaskStart start) {
        if (stageTasks.getOrDefault(start.stageId(), 0) > 1) {
            running.put(start.taskInfo().taskId(), start.taskInfo());
            if (oneFinished.get()) {
                kill(start.taskInfo(), start.stageId());
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        running.remove(end.taskInfo().taskId());
        if (!end.taskInfo().successful()) {
            failedTasks.incrementAndGet();
            System.err.println("task failed: " + end.reason());
        } else if (stageTasks.getOrDefault(end.stageId(), 0) > 1 && oneFinished.compareAndSet(false, true)) {
            finished = "task " + end.taskInfo().index() + " of stage " + end.stageId() + " of "
                    + stageTasks.get(end.stageId()) + " tasks had finished";
            running.values().stream().findFirst().ifPresent(task -> kill(task, end.stageId()));
        }
    }

    /** Ends the worker that runs a task, once. */
    private void kill(TaskInfo task, int stage) {
        if (!killed.compareAndSet(false, true)) {
            return;
        }
        Optional<Worker> worker = workers.stream()
                .filter(w -> Files.isDirectory(w.dir().resolve(application).resolve(task.executorId()))).findFirst();
        if (worker.isEmpty()) {
            System.err.println("no worker launched executor " + task.executorId() + " of " + application);
            return;
        }
        ProcessHandle jvm = ProcessHandle.of(worker.get().pid()).orElseThrow(
                () -> new IllegalStateException("no process " + worker.get().pid() + " to kill"));
        jvm.descendants().forEach(ProcessHandle::destroyForcibly);
        jvm.destroyForcibly();
        System.err.println("killed worker " + worker.get().name() + " (process " + jvm.pid() + ") and its executor "
                + task.executorId() + " running task " + task.index() + " of stage " + stage + ", after " + finished);
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
