package org.vigie.ingest;

import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.vigie.events.SourceKind;
import org.vigie.job.config.VigieConfig;
import org.vigie.zones.ZoneMap;

import java.util.Locale;
import java.util.Properties;

/** The four input topics as one stream of {@link Ingested} records, each source with its own watermarks. */
public final class IngestSources {

    private IngestSources() {
    }

    /**
     * @param bounded read each topic up to its end offsets at start, then finish (tests, benchmarks)
     */
    public static DataStream<Ingested> all(StreamExecutionEnvironment env, VigieConfig config, boolean bounded) {
        ZoneMap zones = config.loadZoneMap();
        VigieConfig.Topics t = config.topics();
        return one(env, config, zones, SourceKind.CAMERA, t.camera(), bounded)
                .union(one(env, config, zones, SourceKind.DUMPING_SENSOR, t.dumping(), bounded),
                        one(env, config, zones, SourceKind.TRAFFIC, t.traffic(), bounded),
                        one(env, config, zones, SourceKind.CITIZEN_REPORT, t.reports(), bounded));
    }

    private static DataStream<Ingested> one(StreamExecutionEnvironment env, VigieConfig config, ZoneMap zones,
                                            SourceKind kind, String topic, boolean bounded) {
        Properties props = new Properties();
        props.putAll(config.kafka().properties());
        var builder = KafkaSource.<Ingested>builder()
                .setBootstrapServers(config.kafka().bootstrap())
                .setTopics(topic)
                .setGroupId(config.kafka().groupId())
                .setProperties(props)
                .setStartingOffsets(config.job().fromEarliest() ? OffsetsInitializer.earliest()
                        : OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new IngestDeserializer(kind, zones, config.pseudonymization(),
                        config.eventTime().maxFutureSkew()));
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return env.fromSource(builder.build(),
                        IngestWatermarks.strategy(config.eventTime().outOfOrderness(), config.eventTime().idleness()),
                        "source: " + topic)
                .uid("source-" + kind.name().toLowerCase(Locale.ROOT));
    }
}
