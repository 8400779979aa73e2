package org.vigie.alerts.incidents;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

/**
 * Groups a zone's alerts into incidents and emits their messages: keyed by zone, event-time timers only.
 *
 * <pre>
 *   alerts.keyBy(Alert::zone, Types.STRING)
 *         .process(new IncidentFunction(incidentPolicy, priorityPolicy), IncidentTypes.CHANGE)
 * </pre>
 *
 * <ol>
 *   <li>{@link #processElement}: the tracker files the alert (open, update, absorb, drop) and registers the
 *       incident's close timer at its {@code dueAt}.</li>
 *   <li>{@link #onTimer}: when the watermark passes a {@code dueAt}, open incidents due close (quiet period), closed
 *       ones past retention are purged, expired mutes are dropped.</li>
 * </ol>
 *
 * For operator feedback, use {@link IncidentFeedbackFunction} instead: same state, one more input.
 */
public final class IncidentFunction extends KeyedProcessFunction<String, Alert, IncidentChange> {

    private static final long serialVersionUID = 1L;

    /** Keyed MapState: incident id to {@link Incident}, open and recently closed. */
    public static final String INCIDENTS_STATE = IncidentState.INCIDENTS;
    /** Keyed MapState: rule id to {@link Suppression}. */
    public static final String SUPPRESSIONS_STATE = IncidentState.SUPPRESSIONS;

    // ---- configuration
    private final IncidentTracker tracker;

    // ---- state: the zone's incidents and mutes (IncidentState), and event-time timers at their dueAt
    private transient IncidentState state;

    // ---- metrics
    private transient IncidentMetrics metrics;

    public IncidentFunction(IncidentPolicy policy, PriorityPolicy priority) {
        this.tracker = new IncidentTracker(policy, priority);
    }

    @Override
    public void open(OpenContext openContext) {
        state = new IncidentState(getRuntimeContext());
        metrics = new IncidentMetrics(getRuntimeContext().getMetricGroup());
    }

    @Override
    public void processElement(Alert alert, Context ctx, Collector<IncidentChange> out) throws Exception {
        IncidentTracker.AlertOutcome outcome =
                tracker.onAlert(alert, state, ctx.timerService()::registerEventTimeTimer);
        metrics.alert(outcome.disposition());
        metrics.changes(outcome.changes());
        outcome.changes().forEach(out::collect);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IncidentChange> out) throws Exception {
        var changes = tracker.onTime(timestamp, state, ctx.timerService()::registerEventTimeTimer);
        metrics.changes(changes);
        changes.forEach(out::collect);
    }
}
