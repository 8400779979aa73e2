package org.vigie.bench.perf;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.config.VigieConfig;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Job configurations for benchmark runs that read the same input topics and write to output topics of their own.
 *
 * <p>Idleness is long: idleness runs on the wall clock, and on a loaded machine a starved source partition must
 * not be declared idle and have its records turn late in one run and not in the other.
 *
 * <p>Runs over a pre-loaded topic align the inputs' watermarks ({@code event-time.max-drift}, {@link #BACKLOG_DRIFT}):
 * reading a backlog, a small topic is read to its end in seconds while the camera topic takes minutes, and every job
 * would otherwise hold the small topic's events until the camera watermark reaches them. Flink CEP's operators pay
 * for that per timer in proportion to what they hold (at 2,000,000 events its leg had not read a quarter of the
 * camera topic after 40 minutes); aligned, each job holds about one drift's worth of every topic.
 */
final class PerfConfigs {

    static final String PLATE_KEY = "bench-key-0123456789abcdef";

    /** How far one input may read ahead of the slowest, in event time, in runs over a pre-loaded backlog. */
    static final String BACKLOG_DRIFT = "1m";

    private PerfConfigs() {
    }

    /** For ingest without a broker (events decoded in memory). */
    static VigieConfig offline() {
        return VigieConfig.parse("kafka: {bootstrap: '127.0.0.1:9'}\n"
                + "pseudonymization: {key-id: bench-1, key: " + PLATE_KEY + "}\n");
    }

    /** Exactly-once, the shipped 5 s checkpoint interval, the standard input topics. */
    static VigieConfig forRun(EmbeddedKafka kafka, String run, int parallelism) {
        return forRun(kafka, run, parallelism, Duration.ofSeconds(5));
    }

    /** Exactly-once, the standard input topics, read as a backlog (aligned watermarks). */
    static VigieConfig forRun(EmbeddedKafka kafka, String run, int parallelism, Duration checkpointInterval) {
        return forRun(kafka, run, parallelism, VigieConfig.Delivery.EXACTLY_ONCE, checkpointInterval, "",
                BACKLOG_DRIFT);
    }

    /** As below, with the watermarks not aligned: inputs written at a steady rate, in time order. */
    static VigieConfig forRun(EmbeddedKafka kafka, String run, int parallelism, VigieConfig.Delivery delivery,
                              Duration checkpointInterval, String inputSuffix) {
        return forRun(kafka, run, parallelism, delivery, checkpointInterval, inputSuffix, "0s");
    }

    /**
     * A configuration writing to {@code vigie.alerts.<run>} (and the like), its topics created.
     *
     * @param inputSuffix appended to the input topic names ("" for the standard ones)
     * @param maxDrift    {@code event-time.max-drift}: "0s" for no alignment
     */
    static VigieConfig forRun(EmbeddedKafka kafka, String run, int parallelism, VigieConfig.Delivery delivery,
                              Duration checkpointInterval, String inputSuffix, String maxDrift) {
        VigieConfig.Topics d = VigieConfig.Topics.defaults();
        VigieConfig c = VigieConfig.parse("kafka: {bootstrap: '" + kafka.bootstrapServers()
                + "', group-id: 'vigie-" + run + "', transactional-id-prefix: 'vigie-" + run
                + "', delivery: " + delivery.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "}\n"
                + "topics: {camera: " + d.camera() + inputSuffix + ", dumping: " + d.dumping() + inputSuffix
                + ", traffic: " + d.traffic() + inputSuffix + ", reports: " + d.reports() + inputSuffix
                + ", alerts: vigie.alerts." + run + ", alerts-avro: vigie.alerts.avro." + run
                + ", dead-letter: vigie.deadletter." + run + ", late: vigie.late." + run + "}\n"
                + "job: {parallelism: " + parallelism + ", checkpoint-interval: " + checkpointInterval.toMillis()
                + "ms}\n"
                + "event-time: {idleness: 5m, max-drift: " + maxDrift + "}\n"
                + "pseudonymization: {key-id: bench-1, key: " + PLATE_KEY + "}\n");
        kafka.createTopics(2, allTopics(c.topics()).toArray(String[]::new));
        return c;
    }

    /** Every topic the configuration names, whatever this version of the job reads or writes. */
    static List<String> allTopics(VigieConfig.Topics topics) {
        List<String> names = new ArrayList<>();
        for (RecordComponent rc : VigieConfig.Topics.class.getRecordComponents()) {
            try {
                if (rc.getAccessor().invoke(topics) instanceof String name) {
                    names.add(name);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read topic " + rc.getName(), e);
            }
        }
        return names;
    }
}
