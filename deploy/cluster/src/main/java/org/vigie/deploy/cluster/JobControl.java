package org.vigie.deploy.cluster;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The Vigie job's life cycle on the local cluster, through Flink's REST API: submit (upload the shaded jar, run it),
 * wait until running, savepoint, stop with a savepoint, cancel.
 */
public final class JobControl {

    public static final String ENTRY_CLASS = "org.vigie.job.VigieJob";
    private static final Duration OPERATION_TIMEOUT = Duration.ofMinutes(3);

    private final LocalCluster cluster;
    private final Supplier<Path> defaultJar;

    /** Submits the jar of the request, else the newest one found ({@link JobJar#locate()}), never building one. */
    public JobControl(LocalCluster cluster) {
        this(cluster, JobJar::locate);
    }

    /** {@code defaultJar} gives the jar when the request names none; asked only once the config has been checked. */
    public JobControl(LocalCluster cluster, Supplier<Path> defaultJar) {
        this.cluster = cluster;
        this.defaultJar = defaultJar;
    }

    /** A submitted job. {@code config} is the copy the job was started with. */
    public record Submission(String jobId, Path config, Path jar, Duration took) {
    }

    /** A completed savepoint: {@code path} is what {@code --from-savepoint} takes. */
    public record Savepoint(String jobId, String path, boolean stopped, Duration took) {
    }

    /** Uploads the job jar and runs it; returns once Flink has accepted the job (not yet running: see below). */
    public Submission submit(SubmitRequest request) {
        long t0 = System.nanoTime();
        ClusterState state = cluster.state().orElseThrow(() -> new IllegalStateException(
                "no local cluster in " + cluster.layout().root() + ": run `vigie cluster up`"));
        ClusterJobConfig.Prepared cfg = ClusterJobConfig.prepare(cluster.layout(), cluster.broker(),
                request.config(), request.parallelism());
        if (cfg.localBroker()) {
            var topics = cfg.config().topics();
            cluster.broker().ensureTopics(BrokerMain.allTopics(topics), BrokerMain.compactedTopics(topics),
                    state.settings().kafkaPartitions());
        }
        Path jar = request.jar().orElseGet(defaultJar);
        FlinkRest rest = cluster.rest();
        String jarId = rest.uploadJar(jar);
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("entryClass", ENTRY_CLASS);
            body.put("programArgsList", List.of("--config", cfg.file().toString()));
            body.put("parallelism", cfg.config().job().parallelism());
            request.fromSavepoint().ifPresent(p -> body.put("savepointPath", p));
            String jobId = rest.post("/jars/" + jarId + "/run", body).path("jobid").asText();
            return new Submission(jobId, cfg.file(), jar, Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            rest.deleteJar(jarId);
        }
    }

    /**
     * Waits until the job and every one of its tasks run (job state RUNNING is reached before the tasks are
     * deployed). Fails at once if the job fails, with Flink's root exception.
     */
    public Duration awaitRunning(String jobId, Duration timeout) {
        long t0 = System.nanoTime();
        await(timeout, "job " + jobId + " running", () -> {
            JsonNode job = cluster.rest().get("/jobs/" + jobId);
            String state = job.path("state").asText();
            if ("FAILED".equals(state) || "CANCELED".equals(state) || "FINISHED".equals(state)) {
                throw new IllegalStateException("job " + jobId + " is " + state + ": " + rootException(jobId));
            }
            return "RUNNING".equals(state) && allTasks(job, "RUNNING");
        });
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /**
     * Takes a savepoint into {@code target} (the cluster's savepoint dir when empty); with {@code stop}, stops the
     * job with it ({@code drain}: advance event time to the end first, only for a job that will not be resumed).
     */
    public Savepoint savepoint(Optional<String> jobId, boolean stop, boolean drain, Optional<String> target) {
        long t0 = System.nanoTime();
        String id = jobId.orElseGet(this::theActiveJob);
        String dir = target.orElse(cluster.layout().savepoints().toUri().toString());
        FlinkRest rest = cluster.rest();
        JsonNode trigger = stop
                ? rest.post("/jobs/" + id + "/stop", Map.of("targetDirectory", dir, "drain", drain))
                : rest.post("/jobs/" + id + "/savepoints", Map.of("target-directory", dir, "cancel-job", false));
        String triggerId = trigger.path("request-id").asText();
        JsonNode[] done = new JsonNode[1];
        await(OPERATION_TIMEOUT, "savepoint " + triggerId, () -> {
            done[0] = rest.get("/jobs/" + id + "/savepoints/" + triggerId);
            return "COMPLETED".equals(done[0].path("status").path("id").asText());
        });
        JsonNode op = done[0].path("operation");
        if (!op.hasNonNull("location")) {
            throw new IllegalStateException("savepoint of job " + id + " failed: "
                    + op.path("failure-cause").path("stack-trace").asText(op.toString()));
        }
        if (stop) {
            awaitState(id, s -> s.equals("FINISHED") || s.equals("CANCELED"));
        }
        return new Savepoint(id, op.path("location").asText(), stop, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Triggers a full checkpoint now and returns its id once completed (commits the job's Kafka transactions). */
    public long checkpoint(String jobId) {
        FlinkRest rest = cluster.rest();
        String triggerId = rest.post("/jobs/" + jobId + "/checkpoints", Map.of("checkpointType", "FULL"))
                .path("request-id").asText();
        JsonNode[] done = new JsonNode[1];
        await(OPERATION_TIMEOUT, "checkpoint " + triggerId, () -> {
            done[0] = rest.get("/jobs/" + jobId + "/checkpoints/" + triggerId);
            return "COMPLETED".equals(done[0].path("status").path("id").asText());
        });
        JsonNode op = done[0].path("operation");
        if (!op.has("checkpointId")) {
            throw new IllegalStateException("checkpoint of job " + jobId + " failed: " + op);
        }
        return op.path("checkpointId").asLong();
    }

    /** Cancels the job (the only active one when {@code jobId} is empty); returns its id once it is CANCELED. */
    public String cancel(Optional<String> jobId) {
        String id = jobId.orElseGet(this::theActiveJob);
        cluster.rest().patch("/jobs/" + id + "?mode=cancel");
        awaitState(id, s -> s.equals("CANCELED") || s.equals("FINISHED") || s.equals("FAILED"));
        return id;
    }

    /** The one job not in a terminal state; an error naming the candidates when there are none or several. */
    public String theActiveJob() {
        List<JobSummary> active = cluster.rest().jobs().stream().filter(JobSummary::isActive).toList();
        if (active.size() != 1) {
            throw new IllegalStateException((active.isEmpty() ? "no active job" : "several active jobs: "
                    + active.stream().map(j -> j.id() + " (" + j.name() + ")").toList()) + "; give --job ID");
        }
        return active.get(0).id();
    }

    /** Flink's root exception of a job, for error messages. */
    public String rootException(String jobId) {
        try {
            JsonNode e = cluster.rest().get("/jobs/" + jobId + "/exceptions").path("exceptionHistory")
                    .path("entries");
            return e.isEmpty() ? "(no exception recorded)" : e.get(0).path("stacktrace").asText();
        } catch (RuntimeException ex) {
            return "(exceptions unavailable: " + ex.getMessage() + ")";
        }
    }

    private void awaitState(String jobId, Predicate<String> terminal) {
        await(OPERATION_TIMEOUT, "job " + jobId + " to end",
                () -> terminal.test(cluster.rest().get("/jobs/" + jobId).path("state").asText()));
    }

    private static boolean allTasks(JsonNode job, String status) {
        JsonNode vertices = job.path("vertices");
        if (vertices.isEmpty()) {
            return false;
        }
        for (JsonNode v : vertices) {
            if (!status.equals(v.path("status").asText())) {
                return false;
            }
        }
        return true;
    }

    private static void await(Duration timeout, String what, Condition condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.met()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean met();
    }
}
