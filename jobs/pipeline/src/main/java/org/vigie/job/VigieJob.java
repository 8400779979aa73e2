package org.vigie.job;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.incidents.FeedbackZoneKey;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.alerts.incidents.IncidentFeedbackFunction;
import org.vigie.alerts.incidents.IncidentTypes;
import org.vigie.correlate.CorrelateOperator;
import org.vigie.correlate.RuleOutcome;
import org.vigie.correlate.RuleUpdate;
import org.vigie.correlate.RuleSet;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;
import org.vigie.ingest.IngestSources;
import org.vigie.ingest.SplitRefused;
import org.vigie.job.config.VigieConfig;

import java.nio.file.Path;

/**
 * The Vigie job: the whole data path, top to bottom.
 *
 * <pre>
 *   Kafka (camera, dumping, traffic, reports)
 *     -> ingest: decode, validate, zone, pseudonymise      (refused -> dead-letter topic, with reason)
 *     -> event time: per-partition watermarks, idleness
 *     -> keyBy(zone) -> correlate: Esper rules on the watermark clock   (late -> late topic, counted)
 *                       <- live rule changes (rules topic, broadcast)  (outcomes -> rule-status and audit topics)
 *     -> alerts: priority (JSON and Avro topics, key = zone)
 *     -> incidents, with operator feedback   (CAP 1.2 JSON and XML topics; audit topic)
 * </pre>
 */
public final class VigieJob {

    private static final int TOLERABLE_CHECKPOINT_FAILURES = 5;

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
        // A checkpoint that fails now and then (a slow disk, a broker hiccup) must not fail the job.
        env.getCheckpointConfig().setTolerableCheckpointFailureNumber(TOLERABLE_CHECKPOINT_FAILURES);
        // The replay log outgrows the JobManager's 5 MB in-memory checkpoints fast: always write them to files.
        Configuration storage = new Configuration();
        storage.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        storage.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, config.job().checkpointDir() != null
                ? config.job().checkpointDir()
                : Path.of(System.getProperty("java.io.tmpdir"), "vigie-checkpoints").toUri().toString());
        env.configure(storage);
        KafkaOutputs out = new KafkaOutputs(config);

        // 1-2. Sources, with ingest inside so watermarks follow event time per partition; refused records leave for
        //      the dead-letter topic (below).
        IngestSources.Signals signals = IngestSources.all(env, config, bounded);
        DataStream<SignalEvent> events = signals.events();

        // 3. Correlate per zone on the watermark clock; live rule changes reach every subtask.
        SingleOutputStreamOperator<RuleUpdate> ruleUpdates = RuleUpdateInput.stream(env, config, bounded);
        SingleOutputStreamOperator<Alert> alerts = events
                .keyBy(SignalEvent::zone, Types.STRING)
                .connect(ruleUpdates.broadcast())
                .transform("correlate: esper rules", TypeInformation.of(Alert.class), new CorrelateOperator(rules,
                        config.retention().maxEventAge().toMillis()))
                .uid("correlate");
        DataStream<RuleOutcome> ruleOutcomes = alerts.getSideOutput(CorrelateOperator.RULE_OUTCOMES);
        ruleOutcomes.sinkTo(out.ruleStatus()).setParallelism(1).name("rule status -> kafka").uid("sink-rule-status");
        alerts.getSideOutput(CorrelateOperator.LATE).sinkTo(out.late()).name("late events -> kafka").uid("sink-late");

        // 4. Alerts out, each with its priority scored (severity, corroboration, confidence, zone, time of day).
        AlertPolicies policies = AlertPolicies.of(config, config.loadZoneMap());
        SingleOutputStreamOperator<Alert> scored = alerts
                .map(new ScorePriority(policies.priority()), TypeInformation.of(Alert.class))
                .name("alerts: priority").uid("priority");
        scored.sinkTo(out.alertsJson()).name("alerts json -> kafka").uid("sink-alerts-json");
        scored.sinkTo(out.alertsAvro()).name("alerts avro -> kafka").uid("sink-alerts-avro");

        // 5. Incidents: one zone's alerts of one class become one incident, announced once, then updated; operator
        //    feedback (acknowledge, dismiss, escalate) meets them on the zone. Out as CAP 1.2, JSON and XML.
        SingleOutputStreamOperator<OperatorFeedback> feedback = FeedbackInput.stream(env, config, bounded);
        SingleOutputStreamOperator<IncidentChange> incidents = scored
                .keyBy(Alert::zone, Types.STRING)
                .connect(feedback.keyBy(new FeedbackZoneKey(), Types.STRING))
                .transform("alerts: incidents", IncidentTypes.CHANGE, new FeedbackJoin(
                        new IncidentFeedbackFunction(policies.incidents(), policies.priority())))
                .uid("incidents");
        incidents.sinkTo(out.capJson(policies.cap())).name("incidents cap json -> kafka").uid("sink-cap-json");
        incidents.sinkTo(out.capXml(policies.cap())).name("incidents cap xml -> kafka").uid("sink-cap-xml");
        incidents.getSideOutput(IncidentFeedbackFunction.AUDIT)
                .union(ruleOutcomes.map(RuleAudit::of, IncidentTypes.AUDIT).setParallelism(1)
                        .name("rules: audit").uid("rules-audit"))
                .sinkTo(out.audit()).name("audit -> kafka").uid("sink-audit");

        // Every refusal, of signals or of feedback, to one dead-letter topic.
        signals.deadLetters()
                .union(feedback.getSideOutput(SplitRefused.DEAD_LETTERS),
                        ruleUpdates.getSideOutput(SplitRefused.DEAD_LETTERS))
                .sinkTo(out.deadLetters()).name("dead letters -> kafka").uid("sink-dead-letters");
    }
}
