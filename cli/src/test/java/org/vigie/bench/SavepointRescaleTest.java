package org.vigie.bench;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.WireFormat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stop with a savepoint, restore at another parallelism, twice (1 → 2 → 1): zones move between subtasks, each
 * restore rebuilds Esper by replay, and the committed alerts equal those of one uninterrupted run.
 *
 * <p>The input arrives in three parts, one per leg, so that every leg has events of its own whatever the machine's
 * speed; each leg runs until its consumer group has committed (on a checkpoint) the end of the input so far, then
 * stops with a savepoint. The legs read unbounded, as a job in production does: a bounded {@code KafkaSource}
 * restored from a savepoint never finishes (its restored enumerator never tells readers there are no more splits,
 * FLINK-33466 / FLINK-31006, open in flink-connector-kafka 5.0). The last leg's savepoint drains: the sources end,
 * the watermark reaches the end of time and the last alerts are released, as at the end of the bounded reference
 * run, which reads the whole input afterwards.
 */
class SavepointRescaleTest {

    private static final Duration LEG_TIMEOUT = Duration.ofMinutes(4);
    private static EmbeddedKafka kafka;

    private static final long PART = 10_000;
    private static final CityConfig CITY = BenchInput.sampleCity(11);

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafka().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void savepointsRestoredAtOtherParallelismsGiveTheSameAlerts() throws Exception {
        RuleSet rules = RuleSet.load(List.of("classpath:starter"));
        String savepoints = Files.createTempDirectory("vigie-savepoints").toUri().toString();
        VigieConfig reference = RunConfigs.forRun(kafka, "sp-reference", 1);
        try (MiniClusterRun cluster = new MiniClusterRun(2, 0)) {
            String savepoint = null;
            int[] legs = {1, 2, 1};
            for (int i = 0; i < legs.length; i++) {
                assertEquals(PART, BenchInput.load(kafka, i * PART, PART, CITY, WireFormat.JSON));
                VigieConfig config = RunConfigs.forRun(kafka, "sp-rescaled", legs[i]);
                JobID part = cluster.submit(legs[i], savepoint, env -> VigieJob.define(env, config, rules, false));
                cluster.awaitStatus(part, JobStatus.RUNNING, Duration.ofMinutes(2));
                cluster.awaitTasksRunning(part, LEG_TIMEOUT);
                // Offsets committed by this leg's own checkpoint: its state holds every event loaded so far.
                cluster.checkpoint(part);
                awaitInputCommitted(config, LEG_TIMEOUT);
                savepoint = cluster.stopWithSavepoint(part, savepoints, i == legs.length - 1);
            }
            JobID job = cluster.submit(1, null, env -> VigieJob.define(env, reference, rules, true));
            cluster.awaitSuccess(job, LEG_TIMEOUT);
        }
        AlertSets.Diff diff = AlertSets.diff(AlertSets.ids(kafka, reference.topics().alerts()),
                AlertSets.ids(kafka, RunConfigs.forRun(kafka, "sp-rescaled", 1).topics().alerts()));
        assertTrue(diff.expected() > 10, "enough alerts to compare: " + diff);
        assertTrue(diff.exact(), "1 -> 2 -> 1 with savepoints: " + diff);
    }

    /** Waits until the run's consumer group has committed, on a checkpoint, the end offset of every input partition. */
    private static void awaitInputCommitted(VigieConfig config, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = kafka.admin()) {
            List<TopicPartition> partitions = admin.describeTopics(config.topics().inputs()).allTopicNames().get()
                    .values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = admin.listOffsets(partitions.stream()
                            .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())))
                    .all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(config.kafka().groupId()).partitionsToOffsetAndMetadata().get();
                boolean done = ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
                if (done) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("input not read within " + timeout + ": committed " + committed
                            + ", end offsets " + ends);
                }
                Thread.sleep(500);
            }
        }
    }
}
