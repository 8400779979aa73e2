package org.vigie.deploy.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code up} started, persisted as {@code cluster.json} so that later commands (other JVMs) find the processes
 * and ports.
 *
 * @param restPort the JobManager's REST and web UI port
 */
public record ClusterState(long createdMillis, String flinkVersion, ClusterSettings settings, int restPort,
                           List<ClusterProcess> processes) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ClusterState {
        processes = List.copyOf(processes);
    }

    public static Optional<ClusterState> load(ClusterLayout layout) {
        Path file = layout.stateFile();
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ClusterState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + file + " (delete it after stopping the processes)", e);
        }
    }

    /** Writes atomically: a reader never sees half a file. */
    public void save(ClusterLayout layout) {
        Path file = layout.stateFile();
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static void delete(ClusterLayout layout) {
        try {
            Files.deleteIfExists(layout.stateFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + layout.stateFile(), e);
        }
    }

    public ClusterState with(ClusterProcess p) {
        List<ClusterProcess> all = new ArrayList<>(processes);
        all.removeIf(q -> q.name().equals(p.name()));
        all.add(p);
        return new ClusterState(createdMillis, flinkVersion, settings, restPort, all);
    }

    public List<ClusterProcess> byRole(Role role) {
        return processes.stream().filter(p -> p.role() == role).toList();
    }

    public Optional<ClusterProcess> named(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public String restUrl() {
        return "http://" + Loopback.ADDRESS + ":" + restPort;
    }
}
