package org.vigie.deploy.cluster;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A local cluster in the build directory and what the cluster tests do to it and its job, on top of the public API.
 * {@link #close()} takes the cluster down, whatever happened.
 */
final class ClusterScenario implements AutoCloseable {

    /**
     * The job config the cluster tests submit. Checkpoints are triggered by the tests, at cuts they choose (1 h
     * interval). No idleness (1 day): {@link Heartbeats} move the watermark instead, so no record is ever late. The
     * starter pack only: {@link IncidentAlerts} predicts its alerts from the simulator's ground truth.
     */
    static final String JOB_CONFIG = String.join("\n",
            "kafka: {bootstrap: auto, group-id: vigie-it, transactional-id-prefix: vigie-it}",
            "job: {name: vigie-cluster-it, parallelism: 1, checkpoint-interval: 1h}",
            "event-time: {out-of-orderness: 30s, idleness: 1d}",
            "pseudonymization: {key-id: it-1, key-env: VIGIE_PLATE_KEY}",
            "rules: {packs: [classpath:starter]}",
            "");

    final LocalCluster cluster;
    final JobControl jobs;
    final Path config;
    /** Takes the cluster down if the test JVM is stopped (Ctrl-C, SIGTERM) before {@link #close()}. */
    private final Thread downOnExit;

    ClusterScenario(String name) {
        Path dir = Path.of(System.getProperty("java.io.tmpdir")).resolve("cluster-" + name);
        this.cluster = new LocalCluster(new ClusterLayout(dir));
        this.jobs = new JobControl(cluster);
        this.config = dir.resolve("test-vigie.yaml");
        this.downOnExit = new Thread(cluster::down, "cluster-down-on-exit");
        Runtime.getRuntime().addShutdownHook(downOnExit);
    }

    LocalCluster.Up up() {
        return up(JOB_CONFIG);
    }

    /** Starts a fresh cluster (stopping any left from an earlier run) and writes {@code jobConfig} to submit. */
    LocalCluster.Up up(String jobConfig) {
        cluster.down();
        LocalCluster.Up up = cluster.up(ClusterSettings.defaults());
        try {
            Files.writeString(config, jobConfig);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return up;
    }

    /**
     * The job to submit: {@link JobJar#locate()}, or the jar named by the system property {@code vigie.test.job.jar}
     * (to run the cluster tests against another build of the job, e.g. one from before a fix).
     */
    SubmitRequest request() {
        String jar = System.getProperty("vigie.test.job.jar", "");
        return jar.isEmpty() ? SubmitRequest.of(config) : SubmitRequest.of(config).withJar(Path.of(jar));
    }

    String bootstrap() {
        return cluster.broker().requireBootstrapServers();
    }

    /**
     * The event-time watermark the correlate operator has processed (its output watermark), the smallest over its
     * subtasks; MIN_VALUE before any. Not its input watermark: it has a second input, the rule changes, which
     * carries no event time and holds the task's input watermark at MIN_VALUE.
     */
    long correlateWatermark(String jobId) {
        FlinkRest rest = cluster.rest();
        for (JsonNode v : rest.get("/jobs/" + jobId).path("vertices")) {
            if (v.path("name").asText().startsWith("correlate")) {
                String metrics = "/jobs/" + jobId + "/vertices/" + v.path("id").asText() + "/subtasks/metrics";
                for (JsonNode m : rest.get(metrics)) {
                    String id = m.path("id").asText();
                    if (id.startsWith("correlate") && id.endsWith(".currentOutputWatermark")) {
                        JsonNode agg = rest.get(metrics + "?get=" + id + "&agg=min");
                        return agg.size() == 0 ? Long.MIN_VALUE : (long) agg.get(0).path("min").asDouble();
                    }
                }
                return Long.MIN_VALUE;
            }
        }
        throw new IllegalStateException("job " + jobId + " has no correlate vertex");
    }

    /** A metric of the correlate operator, summed over its subtasks (e.g. eventsIn, bufferedEvents). */
    long correlateMetricSum(String jobId, String metric) {
        FlinkRest rest = cluster.rest();
        for (JsonNode v : rest.get("/jobs/" + jobId).path("vertices")) {
            if (v.path("name").asText().startsWith("correlate")) {
                String metrics = "/jobs/" + jobId + "/vertices/" + v.path("id").asText() + "/subtasks/metrics";
                JsonNode agg = rest.get(metrics + "?get=correlate__esper_rules." + metric + "&agg=sum");
                return agg.size() == 0 ? -1 : (long) agg.get(0).path("sum").asDouble();
            }
        }
        throw new IllegalStateException("job " + jobId + " has no correlate vertex");
    }

    /** The watermark after every partition's newest event is at {@code t}: out-of-orderness (30 s) and 1 ms back. */
    static long watermarkAfter(long t) {
        return t - 30_000 - 1;
    }

    /** Waits until the correlate operator's watermark reaches {@code atLeast}; returns it. */
    long awaitWatermark(String jobId, long atLeast, Duration timeout) {
        long[] w = new long[1];
        await(timeout, () -> "watermark of job " + jobId + " at " + w[0] + ", waiting for " + atLeast, () -> {
            w[0] = correlateWatermark(jobId);
            return w[0] >= atLeast;
        });
        return w[0];
    }

    /** The live TaskManager's Prometheus endpoint. */
    String taskManagerMetrics() {
        ClusterState s = cluster.state().orElseThrow();
        ClusterProcess tm = s.byRole(Role.TASKMANAGER).stream().filter(p -> p.isAlive(cluster.layout())).findFirst()
                .orElseThrow(() -> new AssertionError("no live TaskManager"));
        return httpGet("http://127.0.0.1:" + tm.ports().get("prometheus") + "/metrics");
    }

    /** Kills the live TaskManager(s) with SIGKILL (kill -9); returns their pids once gone. */
    List<Long> killTaskManagers() {
        List<ClusterProcess> live = cluster.state().orElseThrow().byRole(Role.TASKMANAGER).stream()
                .filter(p -> p.isAlive(cluster.layout())).toList();
        for (ClusterProcess p : live) {
            ProcessHandle h = p.handle(cluster.layout()).orElseThrow();
            h.destroyForcibly();
            h.onExit().join();
        }
        return live.stream().map(ClusterProcess::pid).toList();
    }

    /**
     * Kills the live TaskManager with SIGKILL, starts a new one, waits until Flink has restored the job from a
     * checkpoint and runs all its tasks again; returns the id of the checkpoint it was restored from.
     */
    long killTaskManagerAndAwaitRecovery(String job, Duration timeout) {
        killTaskManagers();
        cluster.startTaskManager();
        await(timeout, () -> "job " + job + " restored", () -> restoredCheckpoint(job) >= 0);
        jobs.awaitRunning(job, timeout);
        return restoredCheckpoint(job);
    }

    /** The id of the checkpoint the job was last restored from, or -1. */
    long restoredCheckpoint(String job) {
        JsonNode restored = cluster.rest().get("/jobs/" + job + "/checkpoints").path("latest").path("restored");
        return restored.isMissingNode() || restored.isNull() ? -1 : restored.path("id").asLong(-1);
    }

    static String httpGet(String url) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration timeout, java.util.function.Supplier<String> what, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s: " + what.get());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() {
        cluster.down();
        Runtime.getRuntime().removeShutdownHook(downOnExit);
    }
}
