package org.vigie.job;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.correlate.CorrelateOperator;
import org.vigie.correlate.RuleSet;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;
import org.vigie.ingest.IngestSources;
import org.vigie.ingest.Ingested;
import org.vigie.ingest.SplitRefused;
import org.vigie.job.config.VigieConfig;
import org.vigie.job.types.SignalEventTypeInfo;

import java.nio.file.Path;

/**
 * The Vigie job: the whole data path, top to bottom.
 *
 * <pre>
 *   Kafka (camera, dumping, traffic, reports)
 *     -> ingest: decode, validate, zone, pseudonymise      (refused -> dead-letter topic, with reason)
 *     -> event time: per-partition watermarks, idleness
 *     -> keyBy(zone) -> correlate: Esper rules on the watermark clock   (late -> late topic, counted)
 *     -> alerts (JSON and Avro topics, key = zone)
 * </pre>
 */
public final class VigieJob {

    private VigieJob() {
    }

    /** Entry point on a cluster: {@code --config FILE}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !"--config".equals(args[0])) {
            throw new IllegalArgumentException("usage: VigieJob --config vigie.yaml");
        }
        VigieConfig config = VigieConfig.load(Path.of(args[1]));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        define(env, config, RuleSet.load(config.rulePacks()), false);
        env.execute(config.job().name());
    }

    /**
     * Adds the job's operators to {@code env}.
     *
     * @param bounded read the input topics up to their end offsets at start, then finish (tests, benchmarks)
     */
    public static void define(StreamExecutionEnvironment env, VigieConfig config, RuleSet rules, boolean bounded) {
        env.getConfig().enableObjectReuse();
        env.setParallelism(config.job().parallelism());
        env.enableCheckpointing(config.job().checkpointInterval().toMillis(), CheckpointingMode.EXACTLY_ONCE);
        KafkaOutputs out = new KafkaOutputs(config);

        // 1. Sources, with ingest inside so watermarks follow event time per partition.
        DataStream<Ingested> ingested = IngestSources.all(env, config, bounded);

        // 2. Refused records leave for the dead-letter topic.
        SingleOutputStreamOperator<SignalEvent> events = ingested
                .process(new SplitRefused(), SignalEventTypeInfo.INSTANCE)
                .name("ingest: split refused").uid("split-refused");
        events.getSideOutput(SplitRefused.DEAD_LETTERS).sinkTo(out.deadLetters())
                .name("dead letters -> kafka").uid("sink-dead-letters");

        // 3. Correlate per zone on the watermark clock.
        SingleOutputStreamOperator<Alert> alerts = events
                .keyBy(SignalEvent::zone, Types.STRING)
                .transform("correlate: esper rules", TypeInformation.of(Alert.class), new CorrelateOperator(rules,
                        config.retention().maxEventAge().toMillis()))
                .uid("correlate");
        alerts.getSideOutput(CorrelateOperator.LATE).sinkTo(out.late()).name("late events -> kafka").uid("sink-late");

        // 4. Alerts out.
        alerts.sinkTo(out.alertsJson()).name("alerts json -> kafka").uid("sink-alerts-json");
        alerts.sinkTo(out.alertsAvro()).name("alerts avro -> kafka").uid("sink-alerts-avro");
    }
}
