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
        VigieConfig.Topics t = config.topics();
        SingleOutputStreamOperator<SignalEvent> camera = split(SourceKind.CAMERA,
                one(env, config, zones, SourceKind.CAMERA, t.camera(), bounded));
        SingleOutputStreamOperator<SignalEvent> dumping = split(SourceKind.DUMPING_SENSOR,
                one(env, config, zones, SourceKind.DUMPING_SENSOR, t.dumping(), bounded));
        SingleOutputStreamOperator<SignalEvent> traffic = split(SourceKind.TRAFFIC,
                one(env, config, zones, SourceKind.TRAFFIC, t.traffic(), bounded));
        SingleOutputStreamOperator<SignalEvent> reports = split(SourceKind.CITIZEN_REPORT,
                one(env, config, zones, SourceKind.CITIZEN_REPORT, t.reports(), bounded));
        return new Signals(camera.union(dumping, traffic, reports),
                camera.getSideOutput(SplitRefused.DEAD_LETTERS).union(
                        dumping.getSideOutput(SplitRefused.DEAD_LETTERS),
                        traffic.getSideOutput(SplitRefused.DEAD_LETTERS),
                        reports.getSideOutput(SplitRefused.DEAD_LETTERS)));
    }

    private static SingleOutputStreamOperator<SignalEvent> split(SourceKind kind, DataStream<Ingested> in) {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return in.process(new SplitRefused(), SignalEventTypeInfo.INSTANCE)
                .name("ingest: split refused " + name).uid("split-refused-" + name);
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
                        IngestWatermarks.strategy(config.eventTime().outOfOrderness(), config.eventTime().idleness(),
                                config.eventTime().maxDrift()),
                        "source: " + topic)
                .uid("source-" + kind.name().toLowerCase(Locale.ROOT));
    }
}
