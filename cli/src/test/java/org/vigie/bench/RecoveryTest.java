package org.vigie.bench;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.WireFormat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Exactly-once correlation across failures, on a real broker and a MiniCluster: the committed alerts after
 * TaskManager kills, and after savepoints restored at other parallelisms, equal those of a fault-free run.
 */
class RecoveryTest {

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(8);
    private static EmbeddedKafka kafka;
    private static long events;

    @BeforeAll
    static void loadInput() {
        kafka = new EmbeddedKafka().start();
        events = BenchInput.load(kafka, 100_000, BenchInput.sampleCity(5), WireFormat.JSON);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void taskManagerKillsLoseAndRepeatNoAlert() throws Exception {
        RecoveryBench.Result r = RecoveryBench.run(kafka, events, 3, 2, 7);
        assertEquals(100_000, r.events());
        assertTrue(r.diff().expected() > 30, "enough alerts to compare: " + r.diff());
        assertEquals(0, r.diff().missing(), () -> "missing: " + r.diff());
        assertEquals(0, r.diff().duplicated(), () -> "duplicated: " + r.diff());
        assertEquals(0, r.diff().unexpected(), () -> "unexpected: " + r.diff());
        assertTrue(r.kills() >= 2, "several kills happened while the job ran: " + r.kills());
        assertTrue(r.replays() > 0, "a restore rebuilt Esper's state by replay");
        assertTrue(r.replayedEvents() > 0, "the replay log was not empty");
    }

    @Test
    void savepointsRestoredAtOtherParallelismsGiveTheSameAlerts() throws Exception {
        RuleSet rules = RuleSet.load(List.of("classpath:starter"));
        VigieConfig baseline = RunConfigs.forRun(kafka, "sp-baseline", 1);
        VigieConfig rescaled = RunConfigs.forRun(kafka, "sp-rescaled", 1);
        Path savepoints = Files.createTempDirectory("vigie-savepoints");
        try (MiniClusterRun cluster = new MiniClusterRun(2, 0)) {
            JobID job = cluster.submit(1, null, env -> VigieJob.define(env, baseline, rules, true));
            cluster.awaitSuccess(job, RUN_TIMEOUT);

            String topic = rescaled.topics().alerts();
            String savepoint = null;
            for (int parallelism : new int[] {1, 2}) {
                JobID part = cluster.submit(parallelism, savepoint,
                        env -> VigieJob.define(env, rescaled, rules, true));
                cluster.awaitStatus(part, JobStatus.RUNNING, Duration.ofMinutes(2));
                // A commit by this job proves a checkpoint completed: its tasks run, a savepoint can be taken.
                AlertSets.awaitCommittedBeyond(kafka, topic, AlertSets.committedEnd(kafka, topic),
                        Duration.ofMinutes(3));
                savepoint = cluster.stopWithSavepoint(part, savepoints.toUri().toString());
            }
            JobID last = cluster.submit(1, savepoint, env -> VigieJob.define(env, rescaled, rules, true));
            cluster.awaitSuccess(last, RUN_TIMEOUT);
        }
        AlertSets.Diff diff = AlertSets.diff(AlertSets.ids(kafka, baseline.topics().alerts()),
                AlertSets.ids(kafka, rescaled.topics().alerts()));
        assertTrue(diff.expected() > 30, "enough alerts to compare: " + diff);
        assertTrue(diff.exact(), "1 -> 2 -> 1 with savepoints: " + diff);
    }
}
