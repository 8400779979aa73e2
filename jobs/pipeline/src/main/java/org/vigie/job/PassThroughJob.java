package org.vigie.job;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.ingest.IngestSources;
import org.vigie.job.config.VigieConfig;

/**
 * The benchmark baseline: the same sources and ingest as {@link VigieJob} (decode, validate, zone, pseudonymise),
 * then straight back to Kafka, re-encoded, with the same delivery guarantee. What Vigie costs beyond this is the
 * price of correlation.
 */
public final class PassThroughJob {

    private PassThroughJob() {
    }

    /** Writes every accepted event, as JSON, to {@code outputTopic}. */
    public static void define(StreamExecutionEnvironment env, VigieConfig config, String outputTopic,
                              boolean bounded) {
        env.getConfig().enableObjectReuse();
        env.setParallelism(config.job().parallelism());
        env.enableCheckpointing(config.job().checkpointInterval().toMillis());
        IngestSources.all(env, config, bounded).events()
                .sinkTo(new KafkaOutputs(config).events("passthrough", outputTopic)).name("events -> kafka");
    }
}
