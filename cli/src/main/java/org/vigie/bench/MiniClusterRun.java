package org.vigie.bench;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.execution.ExecutionState;
import org.apache.flink.runtime.executiongraph.AccessExecutionJobVertex;
import org.apache.flink.runtime.executiongraph.AccessExecutionVertex;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.vigie.deploy.embedded.LocalFlink;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A loopback MiniCluster with one TaskManager that a caller can kill and replace while a job runs, and stop with a
 * savepoint: the failures and restarts that recovery is measured against, on real Flink machinery.
 */
final class MiniClusterRun implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(50);

    private final MiniCluster cluster;
    private final LocalFlink local;

    MiniClusterRun(int slots, int restartAttempts) throws Exception {
        local = LocalFlink.of(slots).withTaskSlots(slots);
        Configuration conf = local.configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restartAttempts);
        conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(200));
        cluster = new MiniCluster(new MiniClusterConfiguration.Builder().setConfiguration(conf)
                .setNumTaskManagers(1).setNumSlotsPerTaskManager(slots).build());
        cluster.start();
    }

    /** Builds the job with {@code define} at {@code parallelism} and submits it, from a savepoint if one is given. */
    JobID submit(int parallelism, String savepoint, Consumer<StreamExecutionEnvironment> define) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(local.configuration());
        define.accept(env);
        env.setParallelism(parallelism);
        StreamGraph graph = env.getStreamGraph();
        if (savepoint != null) {
            graph.setSavepointRestoreSettings(SavepointRestoreSettings.forPath(savepoint, false));
        }
        return cluster.submitJob(graph).get().getJobID();
    }

    /**
     * Kills the TaskManager (all its tasks fail) and starts a fresh one. Returns the seconds until the job runs again
     * (or, restarted with little input left, finishes); empty if the job finished and no restart since the kill is
     * on record (it had done its work before the kill, or went through a restart the job status did not show).
     */
    OptionalDouble killTaskManager(JobID job) throws Exception {
        long t0 = System.nanoTime();
        long killedAt = System.currentTimeMillis();
        cluster.terminateTaskManager(0).get(30, TimeUnit.SECONDS);
        cluster.startTaskManager();
        long deadline = t0 + Duration.ofSeconds(60).toNanos();
        JobStatus now = status(job);
        while (now != JobStatus.RUNNING) {
            if (now == JobStatus.FINISHED) {
                boolean restarted = cluster.getArchivedExecutionGraph(job).get(10, TimeUnit.SECONDS)
                        .getStatusTimestamp(JobStatus.RESTARTING) >= killedAt;
                return restarted ? OptionalDouble.of((System.nanoTime() - t0) / 1e9) : OptionalDouble.empty();
            }
            if (now.isGloballyTerminalState() || System.nanoTime() > deadline) {
                throw new IllegalStateException("job " + job + " is " + now + " after a TaskManager kill");
            }
            Thread.sleep(POLL.toMillis());
            now = status(job);
        }
        return OptionalDouble.of((System.nanoTime() - t0) / 1e9);
    }

    JobStatus status(JobID job) throws Exception {
        return cluster.getJobStatus(job).get(10, TimeUnit.SECONDS);
    }

    void awaitStatus(JobID job, JobStatus wanted, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JobStatus now = status(job);
        while (now != wanted) {
            if (now.isGloballyTerminalState() || System.nanoTime() > deadline) {
                throw new IllegalStateException("job " + job + " is " + now + ", waited for " + wanted);
            }
            Thread.sleep(POLL.toMillis());
            now = status(job);
        }
    }

    /** Triggers a checkpoint and waits for it to complete. */
    void checkpoint(JobID job) throws Exception {
        cluster.triggerCheckpoint(job).get(120, TimeUnit.SECONDS);
    }

    /** Waits until every task of the job runs: a restored task replays its state before it does. */
    void awaitTasksRunning(JobID job, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allTasksRunning(job)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("job " + job + " not running within " + timeout + ": " + tasks(job));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    private boolean allTasksRunning(JobID job) throws Exception {
        for (AccessExecutionJobVertex v : cluster.getExecutionGraph(job).get(10, TimeUnit.SECONDS)
                .getVerticesTopologically()) {
            for (AccessExecutionVertex t : v.getTaskVertices()) {
                if (t.getExecutionState() != ExecutionState.RUNNING) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Stops the job with a savepoint in {@code directory} and returns its path. With {@code drain}, the sources end
     * first: the watermark reaches the end of time, everything pending is released and committed, as at the end of
     * a bounded input.
     */
    String stopWithSavepoint(JobID job, String directory, boolean drain) throws Exception {
        return cluster.stopWithSavepoint(job, directory, drain, SavepointFormatType.CANONICAL)
                .get(120, TimeUnit.SECONDS);
    }

    /** Waits for the job to end; fails if it did not finish successfully. */
    void awaitSuccess(JobID job, Duration timeout) throws Exception {
        JobResult result;
        try {
            result = cluster.requestJobResult(job).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("job " + job + " did not end within " + timeout + ": " + tasks(job), e);
        }
        if (!result.isSuccess()) {
            Throwable cause = result.getSerializedThrowable().map(t -> (Throwable) t).orElse(null);
            throw new IllegalStateException("job " + job + " ended " + result.getApplicationStatus(), cause);
        }
    }

    /** Each operator chain's state and its subtasks' states: which part of a job that does not end is still busy. */
    private String tasks(JobID job) {
        try {
            StringBuilder b = new StringBuilder();
            for (AccessExecutionJobVertex v : cluster.getExecutionGraph(job).get(10, TimeUnit.SECONDS)
                    .getVerticesTopologically()) {
                b.append("\n  ").append(v.getName()).append(" (p=").append(v.getParallelism()).append("): ")
                        .append(v.getAggregateState()).append(' ');
                for (AccessExecutionVertex t : v.getTaskVertices()) {
                    b.append(t.getExecutionState()).append(' ');
                }
            }
            return b.toString();
        } catch (Exception e) {
            return "(task states unavailable: " + e + ")";
        }
    }

    @Override
    public void close() throws Exception {
        cluster.closeAsync().get(60, TimeUnit.SECONDS);
    }
}
