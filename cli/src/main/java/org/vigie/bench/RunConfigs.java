package org.vigie.bench;

import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.config.VigieConfig;

/** Job configurations for runs that read the same input topics but write to their own output topics. */
final class RunConfigs {

    private RunConfigs() {
    }

    /**
     * A configuration writing to {@code vigie.alerts.<run>} (and the like), its output topics created; its consumer
     * group is {@code vigie-<run>}, so a run's committed offsets tell how far that run has read.
     */
    static VigieConfig forRun(EmbeddedKafka kafka, String run, int parallelism) {
        return forRun(kafka, run, parallelism, "1s");
    }

    /** As {@link #forRun(EmbeddedKafka, String, int)}, with this {@code job.checkpoint-interval}. */
    static VigieConfig forRun(EmbeddedKafka kafka, String run, int parallelism, String checkpointInterval) {
        VigieConfig c = VigieConfig.parse("kafka: {bootstrap: '" + kafka.bootstrapServers()
                + "', group-id: 'vigie-" + run + "', transactional-id-prefix: 'vigie-" + run + "'}\n"
                + "topics: {alerts: vigie.alerts." + run + ", alerts-avro: vigie.alerts.avro." + run
                + ", dead-letter: vigie.deadletter." + run + ", late: vigie.late." + run + "}\n"
                + "job: {parallelism: " + parallelism + ", checkpoint-interval: " + checkpointInterval + "}\n"
                // Idleness runs on the wall clock: on a loaded machine, or while a restored task replays, a partition
                // quiet for seconds would let the watermark pass its events, and runs compared id by id would differ.
                + "event-time: {idleness: 10m}\n"
                + "pseudonymization: {key-id: bench-1, key: bench-key-0123456789abcdef}\n");
        kafka.createTopics(2, c.topics().outputs().toArray(String[]::new));
        return c;
    }
}
