package org.vigie.deploy.cluster;

import org.vigie.deploy.cluster.FlinkConf.JobManagerPorts;
import org.vigie.deploy.cluster.FlinkConf.TaskManagerPorts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Starts the processes of a local cluster and waits until each one answers.
 *
 * <ol>
 *   <li>Pick free loopback ports, write {@code conf/}, resolve the Flink classpath (cached after the first time).</li>
 *   <li>Start the broker, then the JobManager and the first TaskManager, each with the memory flags BashJavaUtils
 *       gives for it (computed while the broker starts). Each start is recorded in {@code cluster.json} at once, so
 *       {@code down} can clean up after an {@code up} that failed half-way.</li>
 *   <li>Wait until the broker has written its address, the REST API answers and the TaskManager has registered.
 *       A process that exits meanwhile fails {@code up} with the end of its logs.</li>
 * </ol>
 */
final class ClusterStarter {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String BROKER_HEAP = "-Xmx512m";

    private final ClusterLayout layout;

    ClusterStarter(ClusterLayout layout) {
        this.layout = layout;
    }

    ClusterState start(ClusterSettings settings) {
        if (settings.kafkaPort() != 0 && !Loopback.isFree(settings.kafkaPort())) {
            throw new IllegalStateException("port " + settings.kafkaPort() + " on " + Loopback.ADDRESS
                    + " is taken (another Kafka?): stop what holds it, or start with `--kafka-port 0` (any free port)"
                    + " and submit a config with `kafka.bootstrap: auto` (e.g. deploy/local/cluster/vigie.yaml)");
        }
        layout.create();
        // A process killed with SIGKILL leaves its temp files, and a broker its data and address: none may
        // mislead the new processes.
        clear(layout.kafka());
        clear(layout.tmp());
        keepPreviousLogs();
        layout.create();
        int[] p = Loopback.freePorts(4);
        JobManagerPorts jmPorts = new JobManagerPorts(p[0], p[1], p[2], p[3]);
        FlinkConf.write(layout, settings, jmPorts);
        String classpath = ClusterClasspath.resolve(layout);
        ClusterState state = new ClusterState(System.currentTimeMillis(),
                JobJar.versions().getProperty("flink.version"), settings, jmPorts.rest(), List.of());
        state.save(layout);

        CompletableFuture<MemoryFlags> jmFlags =
                CompletableFuture.supplyAsync(() -> MemoryFlags.jobManager(layout, classpath));
        state = record(state, ProcessLauncher.start(layout, "kafka", Role.KAFKA,
                System.getProperty("java.class.path"), List.of(BROKER_HEAP, "-Djava.io.tmpdir=" + layout.kafka()),
                List.of(layout.root().toString(), String.valueOf(settings.kafkaPartitions()),
                        String.valueOf(settings.kafkaPort())), Map.of(),
                settings.kafkaPort() == 0 ? Map.of() : Map.of("client", settings.kafkaPort())));
        MemoryFlags jm = jmFlags.join();
        state = record(state, ProcessLauncher.start(layout, "jobmanager", Role.JOBMANAGER, classpath, jm.jvmArgs(),
                concat(List.of("--configDir", layout.conf().toString()), jm.dynamicArgs()), Map.of(),
                jmPorts.asMap()));
        ClusterProcess tm = launchTaskManager(state, classpath);
        state = record(state, tm);

        FlinkRest rest = new FlinkRest(state.restUrl());
        List<ClusterProcess> started = state.processes();
        awaitReady(started, "the broker's address", () -> Files.exists(layout.bootstrapFile()));
        awaitReady(started, "the REST API", () -> rest.overview().isPresent());
        awaitRegistered(rest, tm, started);
        return state;
    }

    /** Starts one more TaskManager on a running cluster and waits until it has registered. */
    ClusterProcess addTaskManager(ClusterState state) {
        String classpath = ClusterClasspath.resolve(layout);
        ClusterProcess tm = launchTaskManager(state, classpath);
        ClusterState.load(layout).orElse(state).with(tm).save(layout);
        awaitRegistered(new FlinkRest(state.restUrl()), tm, List.of(tm));
        return tm;
    }

    private ClusterProcess launchTaskManager(ClusterState state, String classpath) {
        int index = state.byRole(Role.TASKMANAGER).size() + 1;
        String name = "taskmanager-" + index;
        int[] p = Loopback.freePorts(3);
        TaskManagerPorts ports = new TaskManagerPorts(p[0], p[1], p[2]);
        List<String> props = FlinkConf.taskManagerProperties(name, ports);
        MemoryFlags flags = MemoryFlags.taskManager(layout, classpath, props);
        List<String> args = concat(List.of("--configDir", layout.conf().toString()), props);
        return ProcessLauncher.start(layout, name, Role.TASKMANAGER, classpath, flags.jvmArgs(),
                concat(args, flags.dynamicArgs()), PlateKey.environment(layout), ports.asMap());
    }

    private void awaitRegistered(FlinkRest rest, ClusterProcess tm, List<ClusterProcess> watched) {
        awaitReady(watched, tm.name() + " registered", () -> {
            try {
                return rest.taskManagerIds().contains(tm.name());
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private ClusterState record(ClusterState state, ClusterProcess p) {
        ClusterState next = state.with(p);
        next.save(layout);
        return next;
    }

    private void awaitReady(List<ClusterProcess> watched, String what, BooleanSupplier ready) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!ready.getAsBoolean()) {
            for (ClusterProcess p : watched) {
                if (!p.isAlive(layout)) {
                    throw new IllegalStateException(p.name() + " (pid " + p.pid() + ") exited while waiting for "
                            + what + ":\n" + ProcessLauncher.tail(layout, p.name(), 30));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no " + what + " after " + READY_TIMEOUT.toSeconds() + " s; logs in "
                        + layout.logs());
            }
            sleep(200);
        }
    }

    /** The previous cluster's logs move to {@code log.previous/} (replacing older ones): each up starts clean. */
    private void keepPreviousLogs() {
        Path previous = layout.root().resolve("log.previous");
        try {
            if (Files.exists(previous)) {
                clear(previous);
                Files.delete(previous);
            }
            Files.move(layout.logs(), previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + layout.logs() + " to " + previous, e);
        }
    }

    /** Deletes what is inside {@code dir}, keeping {@code dir}. */
    private static void clear(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort((a, b) -> b.getNameCount() - a.getNameCount());
            for (Path f : all) {
                if (!f.equals(dir)) {
                    Files.delete(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the cluster", e);
        }
    }
}
