package org.vigie.correlate;

import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.ListTypeInfo;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.InternalTimer;
import org.apache.flink.streaming.api.operators.InternalTimerService;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
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
import java.util.Map;
import java.util.stream.Stream;

/**
 * Hosts one Esper runtime per parallel subtask and feeds it the subtask's keys (zones) in event-time order; applies
 * live rule changes (second input, broadcast to every subtask); rebuilds the runtime by replay after a restore,
 * because open-source Esper cannot snapshot its own state.
 *
 * <p>Esper keeps its own clock; here that clock is the watermark. Events wait in keyed state until the watermark
 * passes their time, then an event-time timer releases them, so arrival order across Kafka partitions never changes
 * a result. Flink fires timers in timestamp order across all keys of the subtask, which keeps Esper's clock moving
 * only forward. Work is batched per timestamp and per watermark, not per event (FLINK-8106).
 *
 * <ol>
 *   <li>{@link #processElement1}: an event at or behind the watermark is late: counted and sent to {@link #LATE}.
 *       Otherwise it is buffered under its time and a release timer is set for that time.</li>
 *   <li>Release timer: the key's events of that time are sorted (kind, id), the engine's clock is advanced to that
 *       time, the events are sent, and they move to the retained log with a prune timer one horizon later.</li>
 *   <li>{@link #processWatermark}: after the due timers, the clock is advanced to the watermark itself (so
 *       {@code timer:within} and absence patterns fire), alerts are emitted, then the watermark.</li>
 *   <li>Restore ({@link #open} after {@link #initializeState} restored state): a fresh runtime, the rules deployed,
 *       every retained event of every key replayed in event-time order with the clock driven as live, up to the
 *       checkpointed engine time. Alerts of the replay were emitted before the checkpoint: they are dropped, and
 *       any later alert whose id is in the key's emitted set is dropped too (alert ids are stable).</li>
 * </ol>
 */
public final class CorrelateOperator extends AbstractStreamOperator<Alert>
        implements TwoInputStreamOperator<SignalEvent, RuleUpdate, Alert> {

    private static final long serialVersionUID = 1L;

    /** Events that arrived behind the watermark: never silently dropped. */
    public static final OutputTag<SignalEvent> LATE = new OutputTag<>("late-events", SignalEventTypeInfo.INSTANCE);

    /** What became of each rule change (from subtask 0 only: every subtask decides the same). */
    public static final OutputTag<RuleOutcome> RULE_OUTCOMES =
            new OutputTag<>("rule-outcomes", TypeInformation.of(RuleOutcome.class));

    /** How far past the last event the clock runs when the input ends, so every window closes. */
    static final long END_OF_INPUT_HORIZON_MS = 24L * 3600 * 1000;

    private static final String PENDING_STATE = "pending-events";
    private static final String RETAINED_STATE = "retained-events";
    private static final String EMITTED_STATE = "emitted-alert-ids";
    private static final String ENGINE_TIME_STATE = "engine-time";
    private static final String LIVE_RULES_STATE = "live-rules";
    private static final Comparator<SignalEvent> RELEASE_ORDER = Comparator.comparingLong(SignalEvent::eventTime)
            .thenComparing(SignalEvent::sourceKind).thenComparing(SignalEvent::id);

    // ---- configuration
    private final RuleSet rules;
    private final long maxRetentionMs;

    // ---- keyed state, per zone
    /** Events waiting for the watermark, by event time. */
    private transient MapState<Long, List<SignalEvent>> pending;
    /** Events already sent to the engine and still inside the rules' horizon: the replay log. */
    private transient MapState<Long, List<SignalEvent>> retained;
    /** Ids of alerts emitted, with their event time, kept one horizon: what a replay must not emit again. */
    private transient MapState<String, Long> emitted;
    private transient InternalTimerService<VoidNamespace> releaseTimers;
    private transient InternalTimerService<VoidNamespace> pruneTimers;

    // ---- operator state: the engine's clock at the checkpoint; the live rule overlay (the same in every subtask)
    private transient ListState<Long> checkpointedEngineTime;
    private transient ListState<LiveRules.Entry> checkpointedLiveRules;
    private transient LiveRules liveRules;
    private transient long restoredEngineTime;
    private transient boolean restored;

    // ---- engine: rebuilt on open (by replay after a restore); its clock starts at 0 and only moves forward
    private transient CorrelationEngine engine;
    private transient long engineTime;
    private transient long retentionMs;

    // ---- metrics
    private transient CorrelateMetrics metrics;
    private transient long bufferedEvents;

    /**
     * @param maxRetentionMs the longest any raw event may stay in state, whatever the rules' horizon
     */
    public CorrelateOperator(RuleSet rules, long maxRetentionMs) {
        this.rules = rules;
        this.maxRetentionMs = maxRetentionMs;
    }

    @Override
    public void initializeState(StateInitializationContext context) throws Exception {
        super.initializeState(context);
        checkpointedEngineTime = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>(ENGINE_TIME_STATE, Types.LONG));
        checkpointedLiveRules = context.getOperatorStateStore().getUnionListState(
                new ListStateDescriptor<>(LIVE_RULES_STATE, TypeInformation.of(LiveRules.Entry.class)));
        restored = context.isRestored();
        restoredEngineTime = Long.MAX_VALUE;
        for (Long t : checkpointedEngineTime.get()) {
            restoredEngineTime = Math.min(restoredEngineTime, t);
        }
    }

    @Override
    public void open() throws Exception {
        super.open();
        ListTypeInfo<SignalEvent> eventList = new ListTypeInfo<>(SignalEventTypeInfo.INSTANCE);
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>(PENDING_STATE, Types.LONG, eventList));
        retained = getRuntimeContext().getMapState(new MapStateDescriptor<>(RETAINED_STATE, Types.LONG, eventList));
        emitted = getRuntimeContext().getMapState(new MapStateDescriptor<>(EMITTED_STATE, Types.STRING, Types.LONG));
        releaseTimers = getInternalTimerService("release-timers", VoidNamespaceSerializer.INSTANCE, new Release());
        pruneTimers = getInternalTimerService("prune-timers", VoidNamespaceSerializer.INSTANCE, new Prune());
        metrics = new CorrelateMetrics(getMetricGroup(), () -> bufferedEvents);

        List<CompiledRule> compiled = rules.compileRules();
        long horizon = compiled.stream().mapToLong(CompiledRule::horizonMillis).max().orElse(0);
        // Twice the longest period a rule names: a match can chain periods (a window, then a cooldown after it).
        retentionMs = Math.min(2 * horizon, maxRetentionMs);
        engine = new CorrelationEngine();
        compiled.forEach(engine::deploy);
        compiled.forEach(r -> metrics.rule(r.id()));
        engineTime = 0;
        liveRules = new LiveRules();
        if (restored) {
            replay(liveRules.restore(checkpointedLiveRules.get()));
        }
    }

    /** A rule change, applied now, at the engine's current event time. */
    @Override
    public void processElement2(StreamRecord<RuleUpdate> record) {
        RuleOutcome outcome = liveRules.apply(record.getValue(), engine, engineTime);
        if (outcome != null && getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
            metrics.ruleChange(outcome.status());
            output.collect(RULE_OUTCOMES, new StreamRecord<>(outcome));
        }
    }

    @Override
    public void processElement1(StreamRecord<SignalEvent> record) throws Exception {
        SignalEvent e = record.getValue();
        long time = e.eventTime();
        if (time <= releaseTimers.currentWatermark() || time <= engineTime) {
            metrics.late(e);
            output.collect(LATE, new StreamRecord<>(e, time));
            return;
        }
        metrics.eventIn();
        append(pending, time, e);
        bufferedEvents++;
        releaseTimers.registerEventTimeTimer(VoidNamespace.INSTANCE, time);
    }

    /**
     * Event time comes from the signals alone. Rule changes carry none: were their input's watermark combined with
     * the signals', an idle signal input would let it jump the clock to the end of time.
     */
    @Override
    public void processWatermark1(Watermark mark) throws Exception {
        metrics.watermark(mark.getTimestamp());
        processWatermark(mark);
    }

    @Override
    public void processWatermark2(Watermark mark) {
        // Ignored: see processWatermark1.
    }

    @Override
    public void processWatermark(Watermark mark) throws Exception {
        if (getTimeServiceManager().isPresent()) {
            getTimeServiceManager().get().advanceWatermark(mark);
        }
        advanceEngine(mark.getTimestamp() == Long.MAX_VALUE
                ? engineTime + END_OF_INPUT_HORIZON_MS
                : mark.getTimestamp());
        emitAlerts();
        output.emitWatermark(mark);
    }

    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        checkpointedEngineTime.update(List.of(engineTime));
        checkpointedLiveRules.update(liveRules.entries());
    }

    /** Step 2: release one key's events of one time to the engine, and keep them for replay. */
    private final class Release implements Triggerable<String, VoidNamespace> {
        @Override
        public void onEventTime(InternalTimer<String, VoidNamespace> timer) throws Exception {
            long time = timer.getTimestamp();
            List<SignalEvent> due = pending.get(time);
            if (due == null) {
                return;
            }
            pending.remove(time);
            due.sort(RELEASE_ORDER);
            advanceEngine(time);
            for (SignalEvent e : due) {
                engine.send(e);
            }
            if (retentionMs > 0) {
                retained.put(time, due);
                pruneTimers.registerEventTimeTimer(VoidNamespace.INSTANCE, time + retentionMs);
            } else {
                bufferedEvents -= due.size();
            }
            emitAlerts();
        }

        @Override
        public void onProcessingTime(InternalTimer<String, VoidNamespace> timer) {
            // None registered: results must not depend on the wall clock.
        }
    }

    /** Forget one key's events, and alert ids, that no rule can need any more. */
    private final class Prune implements Triggerable<String, VoidNamespace> {
        @Override
        public void onEventTime(InternalTimer<String, VoidNamespace> timer) throws Exception {
            long horizonStart = timer.getTimestamp() - retentionMs;
            List<SignalEvent> old = retained.get(horizonStart);
            if (old != null) {
                retained.remove(horizonStart);
                bufferedEvents -= old.size();
            }
            List<String> expired = new ArrayList<>();
            for (Map.Entry<String, Long> e : emitted.entries()) {
                if (e.getValue() <= horizonStart) {
                    expired.add(e.getKey());
                }
            }
            for (String id : expired) {
                emitted.remove(id);
            }
        }

        @Override
        public void onProcessingTime(InternalTimer<String, VoidNamespace> timer) {
            // None registered.
        }
    }

    /**
     * Step 4: rebuild the engine's state from every key's retained events, emitting nothing; each live rule change
     * is re-applied where it took effect among them.
     */
    private void replay(List<LiveRules.Entry> changes) throws Exception {
        long t0 = System.nanoTime();
        List<SignalEvent> log = new ArrayList<>();
        List<String> keys = keysOf(RETAINED_STATE);
        for (String key : keys) {
            setCurrentKey(key);
            for (List<SignalEvent> atTime : retained.values()) {
                log.addAll(atTime);
            }
        }
        long waiting = 0;
        for (String key : keysOf(PENDING_STATE)) {
            setCurrentKey(key);
            for (List<SignalEvent> atTime : pending.values()) {
                waiting += atTime.size();
            }
        }
        log.sort(RELEASE_ORDER);
        int nextChange = 0;
        for (SignalEvent e : log) {
            while (nextChange < changes.size() && changes.get(nextChange).appliedAt() < e.eventTime()) {
                LiveRules.Entry change = changes.get(nextChange++);
                advanceEngine(change.appliedAt());
                liveRules.reapply(change, engine);
            }
            advanceEngine(e.eventTime());
            engine.send(e);
        }
        if (restoredEngineTime != Long.MAX_VALUE) {
            advanceEngine(restoredEngineTime);
        }
        while (nextChange < changes.size()) {
            liveRules.reapply(changes.get(nextChange++), engine);
        }
        List<Alert> replayed = engine.drainAlerts();
        metrics.alertsSuppressed(replayed.size());
        bufferedEvents = log.size() + waiting;
        ReplayStats.record(log.size(), System.nanoTime() - t0);
        LOG.info("Correlation state rebuilt by replay: {} retained events of {} zones, engine time {}, "
                + "{} alerts of the replay suppressed", log.size(), keys.size(), engineTime, replayed.size());
    }

    private List<String> keysOf(String state) {
        KeyedStateBackend<String> backend = getKeyedStateBackend();
        try (Stream<String> keys = backend.getKeys(state, VoidNamespace.INSTANCE)) {
            return keys.toList();
        }
    }

    private void advanceEngine(long time) {
        if (time > engineTime) {
            engine.advanceTime(time);
            engineTime = time;
        }
    }

    private void emitAlerts() throws Exception {
        for (Alert a : engine.drainAlerts()) {
            if (a.zone() != null) {
                setCurrentKey(a.zone());
                if (emitted.contains(a.id())) {
                    metrics.alertSuppressed();
                    continue;
                }
                emitted.put(a.id(), a.eventTime());
            }
            metrics.alertOut(a.ruleId());
            output.collect(new StreamRecord<>(a, a.eventTime()));
        }
    }

    private static void append(MapState<Long, List<SignalEvent>> state, long time, SignalEvent e) throws Exception {
        List<SignalEvent> atTime = state.get(time);
        if (atTime == null) {
            atTime = new ArrayList<>(2);
        }
        atTime.add(e);
        state.put(time, atTime);
    }

    @Override
    public void close() throws Exception {
        if (engine != null) {
            engine.close();
            engine = null;
        }
        if (liveRules != null) {
            liveRules.close();
        }
        super.close();
    }
}
