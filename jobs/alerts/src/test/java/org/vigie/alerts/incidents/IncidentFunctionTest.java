package org.vigie.alerts.incidents;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.vigie.alerts.incidents.IncidentChange.Type;
import org.vigie.alerts.priority.Band;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.events.Alert;
import org.vigie.events.SourceKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.alerts.testing.TestAlerts.MINUTE;
import static org.vigie.alerts.testing.TestAlerts.T0;
import static org.vigie.alerts.testing.TestAlerts.dumping;

/** The Flink function on Flink's operator harness: keyed state, event-time timers, snapshot and restore. */
class IncidentFunctionTest {

    private static KeyedOneInputStreamOperatorTestHarness<String, Alert, IncidentChange> harness(
            OperatorSubtaskState restoreFrom) throws Exception {
        var h = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new IncidentFunction(IncidentPolicy.defaults(), PriorityPolicy.defaults())),
                Alert::zone, Types.STRING);
        h.setup();
        if (restoreFrom != null) {
            h.initializeState(restoreFrom);
        }
        h.open();
        return h;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, Alert, IncidentChange> h, Alert a)
            throws Exception {
        h.processElement(a, a.eventTime());
    }

    private static List<Type> types(List<IncidentChange> changes) {
        return changes.stream().map(IncidentChange::type).toList();
    }

    @Test
    void openThenUpdateThenCloseOnTheWatermark() throws Exception {
        try (var h = harness(null)) {
            send(h, dumping(0));
            send(h, dumping(2));
            send(h, dumping(6));
            h.processWatermark(T0 + 36 * MINUTE);
            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(List.of(Type.OPENED, Type.UPDATED, Type.CLOSED), types(out));
            assertEquals(List.of(1, 2, 3), out.stream().map(IncidentChange::sequence).toList());
            assertEquals(out.get(0).incidentId(), out.get(2).incidentId());
            assertEquals(3, out.get(2).incident().alertCount());
            assertEquals(T0 + 36 * MINUTE, out.get(2).time(), "quiet 30 min after the last alert");
            List<Long> timestamps = h.extractOutputStreamRecords().stream().map(StreamRecord::getTimestamp).toList();
            assertEquals(List.of(T0, T0 + 6 * MINUTE, T0 + 36 * MINUTE), timestamps);
        }
    }

    @Test
    void theWallClockNeverClosesAnIncident() throws Exception {
        try (var h = harness(null)) {
            send(h, dumping(0));
            h.setProcessingTime(Long.MAX_VALUE / 2);
            h.processWatermark(T0 + 29 * MINUTE);
            assertEquals(List.of(Type.OPENED), types(h.extractOutputValues()));
        }
    }

    @Test
    void snapshotRestoreThenContinue() throws Exception {
        OperatorSubtaskState snapshot;
        String incidentId;
        try (var h = harness(null)) {
            send(h, dumping(0));
            send(h, dumping(2));
            incidentId = h.extractOutputValues().get(0).incidentId();
            snapshot = h.snapshot(1L, 1L);
        }
        try (var h = harness(snapshot)) {
            send(h, dumping(2));
            send(h, dumping(6));
            h.processWatermark(T0 + 40 * MINUTE);
            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(List.of(Type.UPDATED, Type.CLOSED), types(out), "not re-announced; the replay is dropped");
            assertEquals(incidentId, out.get(0).incidentId());
            assertEquals(2, out.get(0).sequence());
            assertEquals(3, out.get(0).incident().alertCount());
            assertEquals(List.of(T0, T0 + 6 * MINUTE), out.get(0).incident().messageTimes());
        }
    }

    @Test
    void restoredTimersStillCloseTheIncident() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness(null)) {
            send(h, dumping(0));
            snapshot = h.snapshot(1L, 1L);
        }
        try (var h = harness(snapshot)) {
            h.processWatermark(T0 + 30 * MINUTE);
            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(List.of(Type.CLOSED), types(out));
            assertEquals(2, out.get(0).sequence());
        }
    }

    @Test
    void aHigherScoringAlertRaisesThePriorityWithinTheCooldown() throws Exception {
        try (var h = harness(null)) {
            send(h, dumping(0));
            send(h, TestAlerts.rule("dumping-corroborated").at(T0 + MINUTE)
                    .event("cam-1/x", SourceKind.CAMERA, "cam-1", T0 + MINUTE)
                    .event("dump-7/x", SourceKind.DUMPING_SENSOR, "dump-7", T0 + MINUTE)
                    .event("rep-1", SourceKind.CITIZEN_REPORT, "app", T0 + MINUTE).build());
            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(List.of(Type.OPENED, Type.UPDATED), types(out));
            assertEquals(Band.P2, out.get(0).incident().priority().band());
            assertEquals(Band.P1, out.get(1).incident().priority().band());
        }
    }

    @Test
    void reAlertsWithinTheCooldownEmitNothing() throws Exception {
        try (var h = harness(null)) {
            send(h, dumping(0));
            send(h, dumping(1));
            send(h, dumping(3));
            assertEquals(List.of(Type.OPENED), types(h.extractOutputValues()));
        }
    }

    @Test
    void zonesAreIndependentAndStateIsPurgedAfterRetention() throws Exception {
        try (var h = harness(null)) {
            send(h, dumping(0));
            Alert elsewhere = TestAlerts.rule("dumping-corroborated").zone("port").at(T0 + 20 * MINUTE)
                    .event("cam-9/1", SourceKind.CAMERA, "cam-9", T0 + 20 * MINUTE).build();
            send(h, elsewhere);
            h.processWatermark(T0 + 31 * MINUTE);
            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(List.of(Type.OPENED, Type.OPENED, Type.CLOSED), types(out));
            assertEquals("port-nord", out.get(2).incident().zone());
            assertTrue(h.numKeyedStateEntries() > 0);
            h.processWatermark(T0 + 26 * 60 * MINUTE);
            assertEquals(0, h.numKeyedStateEntries(), "closed incidents leave after retention");
        }
    }
}
