package org.vigie.deploy.cluster;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One process of the local cluster as recorded in {@code cluster.json}.
 *
 * @param name  unique within the cluster: {@code jobmanager}, {@code taskmanager-1}, {@code kafka}; names its logs
 * @param ports what it listens on, by purpose ({@code rest}, {@code rpc}, {@code prometheus}, ...); a broker's
 *              client port is only known once it is up, from {@link ClusterLayout#bootstrapFile()}
 */
public record ClusterProcess(String name, Role role, long pid, Map<String, Integer> ports, long startedMillis) {

    /** The JVM argument that marks a process as this cluster's: pids are checked against it before any signal. */
    static final String MARKER = "-Dvigie.cluster.process=";

    public ClusterProcess {
        ports = new TreeMap<>(ports);
    }

    /** The process handle, if {@link #pid} is alive and still runs this cluster's {@code name}. */
    public Optional<ProcessHandle> handle(ClusterLayout layout) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().map(c -> c.contains(marker(layout, name))).orElse(false));
    }

    public boolean isAlive(ClusterLayout layout) {
        return handle(layout).isPresent();
    }

    static String marker(ClusterLayout layout, String name) {
        return MARKER + layout.root() + "#" + name;
    }
}
