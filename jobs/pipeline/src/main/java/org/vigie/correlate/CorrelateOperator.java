package org.vigie.correlate;

import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.InternalTimer;
import org.apache.flink.streaming.api.operators.InternalTimerService;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.api.operators.Triggerable;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;
import org.vigie.job.types.SignalEventTypeInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hosts one Esper runtime per parallel subtask and feeds it the subtask's keys (zones) in event-time order.
 *
 * <p>Esper keeps its own clock; here that clock is the watermark. Events wait in keyed state until the watermark
 * passes their time, then an event-time timer releases them, so arrival order across Kafka partitions never
 * changes a result. Flink fires timers in timestamp order across all keys of the subtask, which is what keeps
 * Esper's clock moving only forward. Work is batched per watermark, not per event (FLINK-8106).
 *
 * <ol>
 *   <li>{@link #processElement}: an event at or behind the watermark is late: counted and sent to {@link #LATE}.
 *       Otherwise it is buffered under its time and a timer is set for that time.</li>
 *   <li>{@link #onEventTime}: the events of one key and one time are sorted (kind, id), the engine's clock is
 *       advanced to that time and the events are sent.</li>
 *   <li>{@link #processWatermark}: after the due timers, the engine's clock is advanced to the watermark itself
 *       (so {@code timer:within} and absence patterns fire), alerts are emitted, then the watermark.</li>
 * </ol>
 */
public final class CorrelateOperator extends AbstractStreamOperator<Alert>
        implements OneInputStreamOperator<SignalEvent, Alert>, Triggerable<String, VoidNamespace> {

    private static final long serialVersionUID = 1L;

    /** Events that arrived behind the watermark: never silently dropped. */
    public static final OutputTag<SignalEvent> LATE = new OutputTag<>("late-events", SignalEventTypeInfo.INSTANCE);

    /** How far past the last event the engine's clock runs when the input ends, so every window closes. */
    static final long END_OF_INPUT_HORIZON_MS = 24L * 3600 * 1000;

    private static final String PENDING_STATE = "pending-events";
    private static final String TIMERS = "release-timers";
    private static final Comparator<SignalEvent> SAME_TIME_ORDER =
            Comparator.comparing((SignalEvent e) -> e.sourceKind()).thenComparing(SignalEvent::id);

    // ---- configuration
    private final RuleSet rules;

    // ---- state: per key, the events waiting for the watermark, by event time
    private transient MapState<Long, List<SignalEvent>> pending;
    private transient InternalTimerService<VoidNamespace> timers;

    // ---- engine: rebuilt from the rules on open, not checkpointed; its clock starts at 0 and only moves forward
    private transient CorrelationEngine engine;
    private transient long engineTime;

    // ---- metrics
    private transient Counter eventsIn;
    private transient Counter lateEvents;
    private transient Counter alertsOut;

    public CorrelateOperator(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public void open() throws Exception {
        super.open();
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>(PENDING_STATE, Types.LONG,
                new ListTypeInfo<>(SignalEventTypeInfo.INSTANCE)));
        timers = getInternalTimerService(TIMERS, VoidNamespaceSerializer.INSTANCE, this);
        eventsIn = getMetricGroup().counter("eventsIn");
        lateEvents = getMetricGroup().counter("lateEvents");
        alertsOut = getMetricGroup().counter("alertsOut");
        engine = rules.startEngine();
        engineTime = 0;
    }

    @Override
    public void processElement(StreamRecord<SignalEvent> record) throws Exception {
        SignalEvent e = record.getValue();
        long time = e.eventTime();
        if (time <= timers.currentWatermark()) {
            lateEvents.inc();
            output.collect(LATE, new StreamRecord<>(e, time));
            return;
        }
        eventsIn.inc();
        List<SignalEvent> atTime = pending.get(time);
        if (atTime == null) {
            atTime = new ArrayList<>(2);
        }
        atTime.add(e);
        pending.put(time, atTime);
        timers.registerEventTimeTimer(VoidNamespace.INSTANCE, time);
    }

    @Override
    public void onEventTime(InternalTimer<String, VoidNamespace> timer) throws Exception {
        long time = timer.getTimestamp();
        List<SignalEvent> due = pending.get(time);
        if (due == null) {
            return;
        }
        pending.remove(time);
        due.sort(SAME_TIME_ORDER);
        advanceEngine(time);
        for (SignalEvent e : due) {
            engine.send(e);
        }
        emitAlerts();
    }

    @Override
    public void onProcessingTime(InternalTimer<String, VoidNamespace> timer) {
        // No processing-time timers: results must not depend on the wall clock.
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        if (getTimeServiceManager().isPresent()) {
            getTimeServiceManager().get().advanceWatermark(mark);
        }
        long time = mark.getTimestamp() == Long.MAX_VALUE
                ? engineTime + END_OF_INPUT_HORIZON_MS
                : mark.getTimestamp();
        advanceEngine(time);
        emitAlerts();
        output.emitWatermark(mark);
    }

    private void advanceEngine(long time) {
        if (time > engineTime) {
            engine.advanceTime(time);
            engineTime = time;
        }
    }

    private void emitAlerts() {
        for (Alert a : engine.drainAlerts()) {
            alertsOut.inc();
            output.collect(new StreamRecord<>(a, a.eventTime()));
        }
    }

    @Override
    public void close() throws Exception {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        super.close();
    }
}
