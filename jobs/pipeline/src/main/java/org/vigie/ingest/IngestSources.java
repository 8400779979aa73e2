package org.vigie.ingest;

import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.vigie.events.DeadLetter;
import org.vigie.events.SignalEvent;
import org.vigie.events.SourceKind;
import org.vigie.job.config.VigieConfig;
import org.vigie.job.types.SignalEventTypeInfo;
import org.vigie.zones.ZoneMap;

import java.util.Locale;
import java.util.Properties;

/**
 * The four input topics as one stream of accepted signals and one of refusals, each source with its own watermarks.
 * Refusals are split off inside each source's chain, so what crosses to the next operator is only signals, in their
 * own serializer.
 */
public final class IngestSources {

    /** Accepted signals of every source, and every refused record with its reason. */
    public record Signals(DataStream<SignalEvent> events, DataStream<DeadLetter> deadLetters) {
    }

    private IngestSources() {
    }

    /**
     * @param bounded read each topic up to its end offsets at start, then finish (tests, benchmarks)
     */
    public static Signals all(StreamExecutionEnvironment env, VigieConfig config, boolean bounded) {
        ZoneMap zones = config.loadZoneMap();
        DataStream<SignalEvent> events = null;
        DataStream<DeadLetter> refused = null;
        for (SourceKind kind : SourceKind.values()) {
            SingleOutputStreamOperator<SignalEvent> accepted = one(env, config, zones, kind, bounded);
            DataStream<DeadLetter> letters = accepted.getSideOutput(SplitRefused.DEAD_LETTERS);
            events = events == null ? accepted : events.union(accepted);
            refused = refused == null ? letters : refused.union(letters);
        }
        return new Signals(events, refused);
    }

    private static String topic(VigieConfig.Topics t, SourceKind kind) {
        return switch (kind) {
            case CAMERA -> t.camera();
            case DUMPING_SENSOR -> t.dumping();
            case TRAFFIC -> t.traffic();
            case CITIZEN_REPORT -> t.reports();
        };
    }

    /** One topic's source, ingest inside, with its refusals split off in the same chain. */
    private static SingleOutputStreamOperator<SignalEvent> one(StreamExecutionEnvironment env, VigieConfig config,
                                                               ZoneMap zones, SourceKind kind, boolean bounded) {
        String topic = topic(config.topics(), kind);
        String name = kind.name().toLowerCase(Locale.ROOT);
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
                        IngestWatermarks.strategy(config.eventTime().outOfOrderness(), config.eventTime().idleness(),
                                config.eventTime().maxDrift()),
                        "source: " + topic)
                .uid("source-" + name)
                .process(new SplitRefused(), SignalEventTypeInfo.INSTANCE)
                .name("ingest: split refused " + name).uid("split-refused-" + name);
    }
}
