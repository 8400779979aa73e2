package org.vigie.alerts.incidents;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.alerts.feedback.DecidedIncident;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

import java.util.List;

/**
 * {@link IncidentFunction} with operator feedback as a second input, keyed by the zone of the incident it names:
 *
 * <pre>
 *   alerts.keyBy(Alert::zone, Types.STRING)
 *         .connect(feedback.keyBy(new FeedbackZoneKey(), Types.STRING))
 *         .process(new IncidentFeedbackFunction(incidentPolicy, priorityPolicy), IncidentTypes.CHANGE)
 * </pre>
 *
 * A dismissal cancels the incident and mutes its rules in the zone, an escalation raises it to P1, an
 * acknowledgement is noted. Every feedback, applied or not, leaves an {@link AuditRecord} on {@link #AUDIT}; every
 * applied one a {@link DecidedIncident} on {@link #DECIDED} for precision. The feedback stream's watermark must not
 * hold this operator's back: give its source {@link FeedbackZoneKey#WATERMARKS}.
 */
public final class IncidentFeedbackFunction
        extends KeyedCoProcessFunction<String, Alert, OperatorFeedback, IncidentChange>
        implements CheckpointedFunction {

    private static final long serialVersionUID = 1L;

    /** Audit records of operator decisions, for {@code vigie.audit}. */
    public static final OutputTag<AuditRecord> AUDIT = new OutputTag<>("audit", IncidentTypes.AUDIT);
    /** Decided incidents, for {@link org.vigie.alerts.feedback.PrecisionBook}. */
    public static final OutputTag<DecidedIncident> DECIDED = new OutputTag<>("decided", IncidentTypes.DECIDED);

    // ---- configuration
    private final IncidentTracker tracker;

    // ---- state: the same as IncidentFunction's (IncidentState), and event-time timers at dueAt
    private transient IncidentState state;

    // ---- metrics; the open-incident count is checkpointed per subtask (on rescale the entries are spread over the
    // subtasks: each gauge then shows a share, their sum stays the number of open incidents)
    private transient IncidentMetrics metrics;
    private transient ListState<Long> checkpointedOpen;
    private transient long restoredOpen;

    public IncidentFeedbackFunction(IncidentPolicy policy, PriorityPolicy priority) {
        this.tracker = new IncidentTracker(policy, priority);
    }

    @Override
    public void open(OpenContext openContext) {
        state = new IncidentState(getRuntimeContext());
        metrics = new IncidentMetrics(getRuntimeContext().getMetricGroup());
        metrics.restoreOpenIncidents(restoredOpen);
    }

    /** What the {@code openIncidents} gauge shows. */
    long openIncidents() {
        return metrics.openIncidents();
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointedOpen = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("open-incidents", Types.LONG));
        restoredOpen = 0;
        for (Long n : checkpointedOpen.get()) {
            restoredOpen += n;
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointedOpen.update(List.of(metrics.openIncidents()));
    }

    @Override
    public void processElement1(Alert alert, Context ctx, Collector<IncidentChange> out) throws Exception {
        IncidentTracker.AlertOutcome outcome =
                tracker.onAlert(alert, state, ctx.timerService()::registerEventTimeTimer);
        metrics.alert(outcome.disposition());
        metrics.changes(outcome.changes());
        outcome.changes().forEach(out::collect);
    }

    @Override
    public void processElement2(OperatorFeedback feedback, Context ctx, Collector<IncidentChange> out)
            throws Exception {
        IncidentTracker.FeedbackOutcome outcome = tracker.onFeedback(feedback,
                ctx.timerService().currentWatermark(), state, ctx.timerService()::registerEventTimeTimer);
        metrics.feedback(outcome.decided() != null);
        metrics.changes(outcome.changes());
        ctx.output(AUDIT, outcome.audit());
        if (outcome.decided() != null) {
            ctx.output(DECIDED, outcome.decided());
        }
        outcome.changes().forEach(out::collect);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IncidentChange> out) throws Exception {
        var changes = tracker.onTime(timestamp, state, ctx.timerService()::registerEventTimeTimer);
        metrics.changes(changes);
        changes.forEach(out::collect);
    }
}
