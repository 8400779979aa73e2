package org.vigie.bench;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;
import org.vigie.deploy.embedded.LocalFlink;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
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

    /** Kills the TaskManager (all its tasks fail), starts a fresh one; returns seconds until the job runs again. */
    double killTaskManager(JobID job) throws Exception {
        long t0 = System.nanoTime();
        cluster.terminateTaskManager(0).get(30, TimeUnit.SECONDS);
        cluster.startTaskManager();
        awaitStatus(job, JobStatus.RUNNING, Duration.ofSeconds(60));
        return (System.nanoTime() - t0) / 1e9;
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

    String stopWithSavepoint(JobID job, String directory) throws Exception {
        return cluster.stopWithSavepoint(job, directory, false, SavepointFormatType.CANONICAL)
                .get(60, TimeUnit.SECONDS);
    }

    /** Waits for the job to end; fails if it did not finish successfully. */
    void awaitSuccess(JobID job, Duration timeout) throws Exception {
        JobResult result = cluster.requestJobResult(job).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!result.isSuccess()) {
            Throwable cause = result.getSerializedThrowable().map(t -> (Throwable) t).orElse(null);
            throw new IllegalStateException("job " + job + " ended " + result.getApplicationStatus(), cause);
        }
    }

    @Override
    public void close() throws Exception {
        cluster.closeAsync().get(60, TimeUnit.SECONDS);
    }
}
