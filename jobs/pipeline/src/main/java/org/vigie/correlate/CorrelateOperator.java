package org.vigie.correlate;

import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.StateInitializationContext;
import org.apache.flink.runtime.state.StateSnapshotContext;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.TwoInputStreamOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.util.OutputTag;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;
import org.vigie.job.types.SignalEventTypeInfo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Hosts one Esper runtime per parallel subtask and feeds it the subtask's keys (zones) in event-time order; applies
 * live rule changes (second input, broadcast to every subtask); rebuilds the runtime by replay after a restore,
 * because open-source Esper cannot snapshot its own state.
 *
 * <p>Esper keeps its own clock; here that clock is the watermark. Events wait until the watermark passes their time,
 * then go to the engine in release order (time, kind, id), so arrival order across Kafka partitions never changes a
 * result. The work is batched per watermark: an event costs an array append on arrival and nothing else outside
 * Esper — no timer, no state access (FLINK-8106). The working state lives in {@link ZoneLogs} and is copied into
 * keyed state, per zone, at each checkpoint, so it is redistributed with its zones on a rescale.
 *
 * <ol>
 *   <li>{@link #processElement1}: an event at or behind the watermark is late: counted and sent to {@link #LATE}.
 *       Otherwise it waits.</li>
 *   <li>{@link #processWatermark}: every waiting event up to the watermark is released (the engine's clock advanced
 *       to its time before it is sent) and kept in its zone's replay log; the clock is advanced to the watermark
 *       itself (so {@code timer:within} and absence patterns fire); alerts are emitted, then the watermark; events
 *       and alert ids older than the rules' horizon are forgotten.</li>
 *   <li>{@link #snapshotState}: per zone, the waiting events, the replay log and the emitted alert ids go to keyed
 *       state; the engine's clock and the live rule overlay to operator state.</li>
 *   <li>Restore ({@link #open} after {@link #initializeState} restored state): a fresh runtime, the rules deployed,
 *       every zone's replay log replayed in event-time order with the clock driven as live, up to the checkpointed
 *       engine time. Alerts of the replay were emitted before the checkpoint: they are dropped, and any later alert
 *       whose id is in the zone's emitted set is dropped too (alert ids are stable).</li>
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

    private static final String WAITING_STATE = "waiting-events";
    private static final String RELEASED_STATE = "released-events";
    private static final String EMITTED_STATE = "emitted-alert-ids";
    private static final String ENGINE_TIME_STATE = "engine-time";
    private static final String LIVE_RULES_STATE = "live-rules";

    // ---- configuration
    private final RuleSet rules;
    private final long maxRetentionMs;

    // ---- working state of this subtask's zones; copied to keyed state, per zone, at each checkpoint
    private transient ZoneLogs logs;
    private transient long watermark;
    private transient ListState<SignalEvent> waitingState;
    private transient ListState<SignalEvent> releasedState;
    private transient MapState<String, Long> emittedState;
    /** Zones that have keyed state: a zone emptied since must be cleared at the next checkpoint. */
    private transient Set<String> zonesInState;

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

    private transient CorrelateMetrics metrics;

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
        waitingState = getRuntimeContext().getListState(
                new ListStateDescriptor<>(WAITING_STATE, SignalEventTypeInfo.INSTANCE));
        releasedState = getRuntimeContext().getListState(
                new ListStateDescriptor<>(RELEASED_STATE, SignalEventTypeInfo.INSTANCE));
        emittedState = getRuntimeContext().getMapState(
                new MapStateDescriptor<>(EMITTED_STATE, Types.STRING, Types.LONG));
        logs = new ZoneLogs();
        zonesInState = new HashSet<>();
        watermark = Long.MIN_VALUE;
        metrics = new CorrelateMetrics(getMetricGroup(), () -> logs.size());

        List<CompiledRule> compiled = rules.compiledRules();
        long horizon = compiled.stream().mapToLong(CompiledRule::horizonMillis).max().orElse(0);
        // Twice the longest period a rule names: a match can chain periods (a window, then a cooldown after it).
        retentionMs = Math.min(2 * horizon, maxRetentionMs);
        engine = new CorrelationEngine();
        compiled.forEach(engine::deploy);
        compiled.forEach(r -> metrics.rule(r.id()));
        engineTime = 0;
        liveRules = new LiveRules();
        if (restored) {
            restoreZones();
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
    public void processElement1(StreamRecord<SignalEvent> record) {
        SignalEvent e = record.getValue();
        long time = e.eventTime();
        if (time <= watermark || time <= engineTime) {
            metrics.late(e);
            output.collect(LATE, new StreamRecord<>(e, time));
            return;
        }
        metrics.eventIn();
        logs.await(e);
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
        long time = mark.getTimestamp();
        if (time <= watermark) {
            return;
        }
        watermark = time;
        logs.release(time, retentionMs > 0, e -> {
            advanceEngine(e.eventTime());
            engine.send(e);
        });
        boolean end = time == Long.MAX_VALUE;
        advanceEngine(end ? engineTime + END_OF_INPUT_HORIZON_MS : time);
        emitAlerts();
        logs.forgetUpTo(end ? Long.MAX_VALUE : time - retentionMs);
        output.emitWatermark(mark);
    }

    /** Step 3: runs before Flink snapshots the keyed state, so what is written here is in this checkpoint. */
    @Override
    public void snapshotState(StateSnapshotContext context) throws Exception {
        super.snapshotState(context);
        Set<String> zones = logs.zones();
        Map<String, List<SignalEvent>> waiting = logs.waitingByZone();
        Set<String> cleared = new HashSet<>(zonesInState);
        cleared.removeAll(zones);
        for (String zone : cleared) {
            setCurrentKey(zone);
            waitingState.clear();
            releasedState.clear();
            emittedState.clear();
        }
        for (String zone : zones) {
            setCurrentKey(zone);
            waitingState.update(waiting.getOrDefault(zone, List.of()));
            releasedState.update(logs.released(zone));
            emittedState.clear();
            emittedState.putAll(logs.emitted(zone));
        }
        zonesInState = zones;
        checkpointedEngineTime.update(List.of(engineTime));
        checkpointedLiveRules.update(liveRules.entries());
    }

    /** Reads back every zone of this subtask's key groups (after a rescale, not the same zones as before). */
    private void restoreZones() throws Exception {
        Set<String> zones = new HashSet<>(keysOf(WAITING_STATE));
        zones.addAll(keysOf(RELEASED_STATE));
        zones.addAll(keysOf(EMITTED_STATE));
        for (String zone : zones) {
            setCurrentKey(zone);
            Iterable<SignalEvent> waiting = waitingState.get();
            Iterable<SignalEvent> released = releasedState.get();
            logs.restore(zone, waiting == null ? List.of() : waiting, released == null ? List.of() : released,
                    emittedState.entries());
        }
        zonesInState = zones;
    }

    /**
     * Step 4: rebuild the engine's state from every zone's replay log, emitting nothing; each live rule change is
     * re-applied where it took effect among them.
     */
    private void replay(List<LiveRules.Entry> changes) {
        long t0 = System.nanoTime();
        List<SignalEvent> log = logs.replayLog();
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
        ReplayStats.record(log.size(), System.nanoTime() - t0);
        LOG.info("Correlation state rebuilt by replay: {} retained events of {} zones, engine time {}, "
                + "{} alerts of the replay suppressed", log.size(), zonesInState.size(), engineTime, replayed.size());
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

    private void emitAlerts() {
        for (Alert a : engine.drainAlerts()) {
            if (a.zone() != null && !logs.firstEmission(a.zone(), a.id(), a.eventTime())) {
                metrics.alertSuppressed();
                continue;
            }
            metrics.alertOut(a.ruleId());
            output.collect(new StreamRecord<>(a, a.eventTime()));
        }
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
