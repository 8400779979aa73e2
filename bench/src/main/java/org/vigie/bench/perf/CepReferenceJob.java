package org.vigie.bench.perf;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.cep.CEP;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.OutputTag;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;
import org.vigie.ingest.IngestSources;
import org.vigie.job.KafkaOutputs;
import org.vigie.job.config.VigieConfig;
import org.vigie.job.types.SignalEventTypeInfo;

import java.nio.file.Path;

/**
 * The reference rules on Flink CEP, on the same data path as Vigie's job up to the key: the same sources and ingest,
 * keyed by zone, event time; then one CEP operator per rule, matches as alerts to Kafka with the same sinks,
 * delivery guarantee, checkpoint interval and checkpoint storage as Vigie's job. Late events go to the late topic,
 * as in Vigie.
 */
final class CepReferenceJob {

    private static final OutputTag<SignalEvent> LATE = new OutputTag<>("cep-late", SignalEventTypeInfo.INSTANCE);

    /** The alerts of every reference rule, and the events that arrived behind the watermark. */
    record Matches(DataStream<Alert> alerts, DataStream<SignalEvent> late) {
    }

    private CepReferenceJob() {
    }

    /** One CEP operator per reference rule on the zone-keyed stream, in event time, ties in {@link EventOrder}. */
    static Matches matches(KeyedStream<SignalEvent, String> byZone) {
        DataStream<Alert> alerts = null;
        DataStream<SignalEvent> late = null;
        for (CepReference.Rule rule : CepReference.rules()) {
            SingleOutputStreamOperator<Alert> matches = CEP.pattern(byZone, rule.pattern(), new EventOrder())
                    .sideOutputLateData(LATE)
                    .process(new CepAlerts(rule), TypeInformation.of(Alert.class))
                    .name("cep: " + rule.id()).uid("cep-" + rule.id());
            alerts = alerts == null ? matches : alerts.union(matches);
            late = late == null ? matches.getSideOutput(LATE) : late.union(matches.getSideOutput(LATE));
        }
        return new Matches(alerts, late);
    }

    static void define(StreamExecutionEnvironment env, VigieConfig config, boolean bounded) {
        env.getConfig().enableObjectReuse();
        env.setParallelism(config.job().parallelism());
        env.enableCheckpointing(config.job().checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        // Checkpoints as Vigie's job takes them: to files, a few failures tolerated.
        env.getCheckpointConfig().setTolerableCheckpointFailureNumber(5);
        Configuration storage = new Configuration();
        storage.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        storage.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                Path.of(System.getProperty("java.io.tmpdir"), "vigie-bench-cep-checkpoints").toUri().toString());
        env.configure(storage);
        KafkaOutputs out = new KafkaOutputs(config);

        IngestSources.Signals signals = IngestSources.all(env, config, bounded);
        Matches m = matches(signals.events().keyBy(SignalEvent::zone, Types.STRING));
        m.alerts().sinkTo(out.alertsJson()).name("alerts json -> kafka").uid("sink-alerts-json");
        m.late().sinkTo(out.late()).name("late events -> kafka").uid("sink-late");
        signals.deadLetters().sinkTo(out.deadLetters())
                .name("dead letters -> kafka").uid("sink-dead-letters");
    }
}
