package org.vigie.deploy.cluster;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** cluster.json round trips, and only processes carrying the work dir's marker are ever signalled. */
class ClusterStateTest {

    @TempDir
    Path dir;

    @Test
    void roundTripsThroughJson() {
        ClusterLayout layout = new ClusterLayout(dir).create();
        ClusterState state = new ClusterState(1L, "2.2.1", ClusterSettings.defaults(), 8081, List.of(
                new ClusterProcess("jobmanager", Role.JOBMANAGER, 42, Map.of("rest", 8081, "rpc", 6123), 2L)));
        state.save(layout);
        assertEquals(state, ClusterState.load(layout).orElseThrow());
        assertEquals(state.with(new ClusterProcess("taskmanager-1", Role.TASKMANAGER, 43, Map.of(), 3L))
                .byRole(Role.TASKMANAGER).size(), 1);
    }

    @Test
    void aLivePidWithoutTheMarkerIsNotOursAndSurvivesDown() {
        ClusterLayout layout = new ClusterLayout(dir).create();
        long me = ProcessHandle.current().pid();
        new ClusterState(1L, "2.2.1", ClusterSettings.defaults(), 1, List.of(
                new ClusterProcess("jobmanager", Role.JOBMANAGER, me, Map.of(), 2L))).save(layout);
        LocalCluster cluster = new LocalCluster(layout);
        ClusterStatus status = cluster.status();
        assertFalse(status.processes().get(0).alive(), "this JVM is not the cluster's JobManager");
        assertFalse(status.isUp());
        assertTrue(status.format().contains("NO"), status.format());
        assertEquals(List.of(new LocalCluster.Stopped("jobmanager", me, "NOT_RUNNING")), cluster.down());
        assertTrue(ProcessHandle.current().isAlive());
        assertFalse(Files.exists(layout.stateFile()), "down forgets the cluster");
    }

    @Test
    void statusOfNoClusterSaysSo() {
        ClusterStatus status = new LocalCluster(new ClusterLayout(dir)).status();
        assertFalse(status.isUp());
        assertTrue(status.format().contains("not started"), status.format());
    }
}
