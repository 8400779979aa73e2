package org.vigie.correlate;

import org.vigie.events.SignalEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
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

    /** Release order: event time, then kind and id, so equal times never depend on arrival order. */
    static final Comparator<SignalEvent> RELEASE_ORDER = Comparator.comparingLong(SignalEvent::eventTime)
            .thenComparing(SignalEvent::sourceKind).thenComparing(SignalEvent::id);

    private final PriorityQueue<SignalEvent> waiting = new PriorityQueue<>(RELEASE_ORDER);
    /** Per zone, in release order: the replay log. */
    private final Map<String, ArrayDeque<SignalEvent>> released = new HashMap<>();
    /** Per zone, alert id to the alert's event time. */
    private final Map<String, Map<String, Long>> emitted = new HashMap<>();
    private long releasedCount;

    void await(SignalEvent e) {
        waiting.add(e);
    }

    /**
     * Hands every waiting event at or before {@code time} to {@code sink}, in release order, and keeps it in its
     * zone's replay log when {@code keep}.
     */
    void release(long time, boolean keep, Consumer<SignalEvent> sink) {
        while (!waiting.isEmpty() && waiting.peek().eventTime() <= time) {
            SignalEvent e = waiting.poll();
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
        return waiting.size() + releasedCount;
    }

    /** Every zone with something to keep. */
    Set<String> zones() {
        Set<String> zones = new HashSet<>(released.keySet());
        zones.addAll(emitted.keySet());
        for (SignalEvent e : waiting) {
            zones.add(e.zone());
        }
        return zones;
    }

    /** The waiting events, by zone (unordered within a zone). */
    Map<String, List<SignalEvent>> waitingByZone() {
        Map<String, List<SignalEvent>> byZone = new HashMap<>();
        for (SignalEvent e : waiting) {
            byZone.computeIfAbsent(e.zone(), z -> new ArrayList<>()).add(e);
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
            waiting.add(e);
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
        log.sort(RELEASE_ORDER);
        return log;
    }
}
