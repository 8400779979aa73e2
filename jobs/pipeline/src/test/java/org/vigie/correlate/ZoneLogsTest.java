package org.vigie.correlate;

import org.junit.jupiter.api.Test;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoneLogsTest {

    private static SignalEvent deposit(String id, String zone, long t) {
        return new DumpingObservation(id, "bin-1", t, 43.695, 7.249, zone,
                DumpingObservation.Kind.DEPOSIT_DETECTED, null, null);
    }

    private static List<String> ids(List<SignalEvent> events) {
        return events.stream().map(SignalEvent::id).toList();
    }

    @Test
    void releasesUpToATimeInReleaseOrderWhateverTheArrivalOrder() {
        ZoneLogs logs = new ZoneLogs();
        logs.await(deposit("b", "port", 20));
        logs.await(deposit("c", "cap", 30));
        logs.await(deposit("z", "port", 10));
        logs.await(deposit("a", "cap", 20));
        List<SignalEvent> sent = new ArrayList<>();
        logs.release(20, true, sent::add);
        assertEquals(List.of("z", "a", "b"), ids(sent), "time, then id for equal times");
        assertEquals(4, logs.size(), "three released and kept, one waiting");
        assertEquals(List.of("z", "b"), ids(logs.released("port")));
        assertEquals(Map.of("cap", List.of("c")), Map.of("cap", ids(logs.waitingByZone().get("cap"))));
        logs.release(30, false, sent::add);
        assertEquals(3, logs.size(), "released without keeping");
    }

    @Test
    void forgetsEventsAndAlertIdsUpToATimeAndDropsEmptiedZones() {
        ZoneLogs logs = new ZoneLogs();
        logs.await(deposit("a", "port", 10));
        logs.await(deposit("b", "cap", 20));
        logs.release(20, true, e -> { });
        assertTrue(logs.firstEmission("port", "alert-1", 10));
        assertFalse(logs.firstEmission("port", "alert-1", 10), "the same id again");
        assertTrue(logs.firstEmission("cap", "alert-2", 20));
        assertEquals(Set.of("port", "cap"), logs.zones());
        logs.forgetUpTo(10);
        assertEquals(Set.of("cap"), logs.zones());
        assertEquals(List.of(), logs.released("port"));
        assertEquals(Map.of(), logs.emitted("port"));
        assertTrue(logs.firstEmission("port", "alert-1", 10), "forgotten: a replay no longer reaches it");
        assertEquals(1, logs.size());
    }

    @Test
    void aRestoredLogReplaysEveryZoneInReleaseOrder() {
        ZoneLogs logs = new ZoneLogs();
        logs.restore("port", List.of(deposit("w", "port", 50)), List.of(deposit("a", "port", 10),
                deposit("c", "port", 30)), Map.of("alert-1", 10L).entrySet());
        logs.restore("cap", List.of(), List.of(deposit("b", "cap", 20)), Map.<String, Long>of().entrySet());
        assertEquals(List.of("a", "b", "c"), ids(logs.replayLog()));
        assertEquals(4, logs.size());
        assertFalse(logs.firstEmission("port", "alert-1", 10));
        List<SignalEvent> sent = new ArrayList<>();
        logs.release(50, true, sent::add);
        assertEquals(List.of("w"), ids(sent));
    }
}
