package org.vigie.correlate;

import org.vigie.events.SignalEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The correlate operator's working state, in memory, for the zones of one subtask: events waiting for the watermark
 * (in release order), and per zone the events already released that a replay would need and the ids of the alerts
 * already emitted. The operator copies it into Flink's keyed state at each checkpoint, so no event pays for a state
 * access or a timer on its way through.
 *
 * <p>Not thread-safe: the operator's task thread owns it.
 */
final class ZoneLogs {

    /** Arrival order; {@link #waitingTimes} holds their times, so a release scans longs, not events. */
    private SignalEvent[] waiting = new SignalEvent[1024];
    private long[] waitingTimes = new long[1024];
    private int waitingCount;
    private long earliestWaiting = Long.MAX_VALUE;
    /** Per zone, in release order: the replay log. */
    private final Map<String, ArrayDeque<SignalEvent>> released = new HashMap<>();
    /** Per zone, alert id to the alert's event time. */
    private final Map<String, Map<String, Long>> emitted = new HashMap<>();
    private long releasedCount;

    void await(SignalEvent e) {
        if (waitingCount == waiting.length) {
            waiting = Arrays.copyOf(waiting, waitingCount * 2);
            waitingTimes = Arrays.copyOf(waitingTimes, waitingCount * 2);
        }
        long time = e.eventTime();
        waiting[waitingCount] = e;
        waitingTimes[waitingCount++] = time;
        earliestWaiting = Math.min(earliestWaiting, time);
    }

    /**
     * Hands every waiting event at or before {@code time} to {@code sink}, in release order, and keeps it in its
     * zone's replay log when {@code keep}. One pass splits the due events from the rest, then a sort of the due
     * ones (merged runs: each input partition arrives in time order).
     */
    void release(long time, boolean keep, Consumer<SignalEvent> sink) {
        if (time < earliestWaiting) {
            return;
        }
        SignalEvent[] due = new SignalEvent[waitingCount];
        int dueCount = 0;
        int kept = 0;
        long earliest = Long.MAX_VALUE;
        for (int i = 0; i < waitingCount; i++) {
            long t = waitingTimes[i];
            if (t <= time) {
                due[dueCount++] = waiting[i];
            } else {
                waiting[kept] = waiting[i];
                waitingTimes[kept++] = t;
                earliest = Math.min(earliest, t);
            }
        }
        Arrays.fill(waiting, kept, waitingCount, null);
        waitingCount = kept;
        earliestWaiting = earliest;
        Arrays.sort(due, 0, dueCount, ReleaseOrder.EVENTS);
        for (int i = 0; i < dueCount; i++) {
            SignalEvent e = due[i];
            sink.accept(e);
            if (keep) {
                released.computeIfAbsent(e.zone(), z -> new ArrayDeque<>()).addLast(e);
                releasedCount++;
            }
        }
    }

    /** Forgets released events and emitted alert ids at or before {@code time}. */
    void forgetUpTo(long time) {
        for (Iterator<ArrayDeque<SignalEvent>> zones = released.values().iterator(); zones.hasNext(); ) {
            ArrayDeque<SignalEvent> log = zones.next();
            while (!log.isEmpty() && log.peekFirst().eventTime() <= time) {
                log.pollFirst();
                releasedCount--;
            }
            if (log.isEmpty()) {
                zones.remove();
            }
        }
        for (Iterator<Map<String, Long>> zones = emitted.values().iterator(); zones.hasNext(); ) {
            Map<String, Long> ids = zones.next();
            ids.values().removeIf(t -> t <= time);
            if (ids.isEmpty()) {
                zones.remove();
            }
        }
    }

    /** Records an alert as emitted; false if its id was already emitted (a replay found it again). */
    boolean firstEmission(String zone, String alertId, long eventTime) {
        return emitted.computeIfAbsent(zone, z -> new HashMap<>()).putIfAbsent(alertId, eventTime) == null;
    }

    /** Events waiting and released. */
    long size() {
        return waitingCount + releasedCount;
    }

    /** Every zone with something to keep. */
    Set<String> zones() {
        Set<String> zones = new HashSet<>(released.keySet());
        zones.addAll(emitted.keySet());
        for (int i = 0; i < waitingCount; i++) {
            zones.add(waiting[i].zone());
        }
        return zones;
    }

    /** The waiting events, by zone (unordered within a zone). */
    Map<String, List<SignalEvent>> waitingByZone() {
        Map<String, List<SignalEvent>> byZone = new HashMap<>();
        for (int i = 0; i < waitingCount; i++) {
            byZone.computeIfAbsent(waiting[i].zone(), z -> new ArrayList<>()).add(waiting[i]);
        }
        return byZone;
    }

    /** A copy of the zone's replay log, in release order. */
    List<SignalEvent> released(String zone) {
        ArrayDeque<SignalEvent> log = released.get(zone);
        return log == null ? List.of() : new ArrayList<>(log);
    }

    /** A copy of the zone's emitted alert ids and their times. */
    Map<String, Long> emitted(String zone) {
        Map<String, Long> ids = emitted.get(zone);
        return ids == null ? Map.of() : new HashMap<>(ids);
    }

    /** Restores one zone: its replay log must be in release order. */
    void restore(String zone, Iterable<SignalEvent> waitingEvents, Iterable<SignalEvent> releasedEvents,
                 Iterable<Map.Entry<String, Long>> emittedIds) {
        for (SignalEvent e : waitingEvents) {
            await(e);
        }
        for (SignalEvent e : releasedEvents) {
            released.computeIfAbsent(zone, z -> new ArrayDeque<>()).addLast(e);
            releasedCount++;
        }
        for (Map.Entry<String, Long> id : emittedIds) {
            emitted.computeIfAbsent(zone, z -> new HashMap<>()).put(id.getKey(), id.getValue());
        }
    }

    /** Every released event of every zone, in release order: what a replay sends. */
    List<SignalEvent> replayLog() {
        List<SignalEvent> log = new ArrayList<>((int) releasedCount);
        released.values().forEach(log::addAll);
        log.sort(ReleaseOrder.EVENTS);
        return log;
    }
}
