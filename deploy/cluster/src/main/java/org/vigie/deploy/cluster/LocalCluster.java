package org.vigie.deploy.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real Flink session cluster on this machine: a JobManager and TaskManagers as separate OS processes, beside a
 * single-node Kafka broker process, all bound to 127.0.0.1, all state in one work directory.
 *
 * <pre>{@code
 * LocalCluster cluster = new LocalCluster(ClusterLayout.defaultLocation());
 * cluster.up(ClusterSettings.defaults());          // idempotent
 * new JobControl(cluster).submit(SubmitRequest.of(Path.of("deploy/local/vigie-cluster.yaml")));
 * System.out.print(cluster.status().format());
 * cluster.down();                                  // SIGTERM, SIGKILL after a grace period
 * }</pre>
 *
 * Not safe for two commands changing the same work dir at the same time (up and down from two terminals).
 */
public final class LocalCluster {

    /** How long {@link #down()} waits after SIGTERM before SIGKILL. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final ClusterLayout layout;

    public LocalCluster(ClusterLayout layout) {
        this.layout = layout;
    }

    /** The result of {@link #up}: whether it was already up, and how long it took. */
    public record Up(boolean alreadyUp, Duration took, ClusterState state) {
    }

    /** What {@link #down()} did to one process: NOT_RUNNING, TERMINATED (SIGTERM) or KILLED (SIGKILL). */
    public record Stopped(String name, long pid, String outcome) {
    }

    public ClusterLayout layout() {
        return layout;
    }

    public Optional<ClusterState> state() {
        return ClusterState.load(layout);
    }

    /**
     * Starts the cluster, or says it is already up. A cluster found partly down (a process died) is stopped and
     * started afresh.
     */
    public synchronized Up up(ClusterSettings settings) {
        long t0 = System.nanoTime();
        Optional<ClusterState> existing = state();
        if (existing.isPresent()) {
            if (status().isUp()) {
                return new Up(true, Duration.ofNanos(System.nanoTime() - t0), existing.get());
            }
            down();
        }
        try {
            ClusterState started = new ClusterStarter(layout).start(settings);
            return new Up(false, Duration.ofNanos(System.nanoTime() - t0), started);
        } catch (RuntimeException e) {
            down();
            throw e;
        }
    }

    /** Stops every recorded process, SIGTERM then SIGKILL after {@link #STOP_GRACE}; forgets the cluster. */
    public synchronized List<Stopped> down() {
        Optional<ClusterState> s = state();
        if (s.isEmpty()) {
            return List.of();
        }
        // TaskManagers first, the broker last: the job's Kafka clients should not outlive their broker by long.
        List<ClusterProcess> order = new ArrayList<>(s.get().byRole(Role.TASKMANAGER));
        order.addAll(s.get().byRole(Role.JOBMANAGER));
        List<Stopped> out = new ArrayList<>();
        ProcessStopper.stop(layout, order, STOP_GRACE).forEach(x -> out.add(stopped(x)));
        ProcessStopper.stop(layout, s.get().byRole(Role.KAFKA), STOP_GRACE).forEach(x -> out.add(stopped(x)));
        try {
            // A broker killed with SIGKILL could not delete its address itself.
            Files.deleteIfExists(layout.bootstrapFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + layout.bootstrapFile(), e);
        }
        ClusterState.delete(layout);
        return out;
    }

    /** Processes, jobs and endpoints; never fails on a cluster that is down. */
    public ClusterStatus status() {
        Optional<ClusterState> s = state();
        if (s.isEmpty()) {
            return new ClusterStatus(layout, List.of(), Optional.empty(), false, List.of(), Optional.empty(),
                    Map.of());
        }
        List<ClusterStatus.ProcessStatus> processes = new ArrayList<>();
        Map<String, String> prometheus = new LinkedHashMap<>();
        for (ClusterProcess p : s.get().processes()) {
            boolean alive = p.isAlive(layout);
            processes.add(new ClusterStatus.ProcessStatus(p.name(), p.role(), p.pid(), alive, p.ports()));
            Integer port = p.ports().get("prometheus");
            if (alive && port != null) {
                prometheus.put(p.name(), "http://" + Loopback.ADDRESS + ":" + port + "/metrics");
            }
        }
        FlinkRest rest = rest();
        boolean answers = rest.overview().isPresent();
        List<JobSummary> jobs = answers ? rest.jobs() : List.of();
        return new ClusterStatus(layout, processes, Optional.of(rest.baseUrl()), answers, jobs,
                broker().bootstrapServers(), prometheus);
    }

    /** Starts one more TaskManager (e.g. after one was lost) and waits until it has registered. */
    public synchronized ClusterProcess startTaskManager() {
        ClusterState s = state().orElseThrow(() -> new IllegalStateException("the cluster is not up"));
        return new ClusterStarter(layout).addTaskManager(s);
    }

    public FlinkRest rest() {
        return new FlinkRest(state().orElseThrow(() -> new IllegalStateException(
                "no local cluster in " + layout.root() + ": run `vigie cluster up`")).restUrl());
    }

    public LocalBroker broker() {
        return new LocalBroker(layout);
    }

    private static Stopped stopped(ProcessStopper.Stopped s) {
        return new Stopped(s.name(), s.pid(), s.outcome().name());
    }
}
