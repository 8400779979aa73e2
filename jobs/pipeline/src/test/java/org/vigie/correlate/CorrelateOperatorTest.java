package org.vigie.correlate;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correlate operator alone, on Flink's operator harness: event-time release, lateness, and the replay that
 * rebuilds Esper's state after a restore so the alerts are those of an uninterrupted run.
 */
class CorrelateOperatorTest {

    private static final RuleSet STARTER = RuleSet.load(List.of("classpath:starter"));
    private static final long T0 = 1_772_438_400_000L; // 2026-03-02T08:00:00Z
    private static final long MIN = 60_000;

    private static KeyedOneInputStreamOperatorTestHarness<String, SignalEvent, Alert> harness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(new CorrelateOperator(STARTER, 24 * 60 * MIN),
                SignalEvent::zone, Types.STRING);
    }

    private static SignalEvent idleVan(String id, String zone, long t) {
        return new CameraDetection(id, "cam-1", t, 43.695, 7.249, zone, CameraDetection.ObjectClass.VEHICLE, 0.9,
                CameraDetection.VehicleType.VAN, null, null, "white", CameraDetection.Behavior.IDLE, 0.0, null, null,
                null, null);
    }

    private static SignalEvent deposit(String id, String zone, long t) {
        return new DumpingObservation(id, "bin-1", t, 43.695, 7.249, zone,
                DumpingObservation.Kind.DEPOSIT_DETECTED, null, null);
    }

    private static SignalEvent report(String id, String zone, long t) {
        return new CitizenReport(id, "desk-01", t, 43.695, 7.249, zone, CitizenReport.ServiceCode.ROAD_ACCIDENT,
                null, CitizenReport.Status.OPEN, null);
    }

    /** Two zones, each with an incident whose events straddle the middle of the input. */
    private static final List<SignalEvent> BEFORE = List.of(
            idleVan("c1", "port", T0),
            report("r1", "jetee", T0 + MIN),
            report("r2", "jetee", T0 + 3 * MIN),
            deposit("d0", "cap", T0 + 3 * MIN),
            idleVan("c0", "cap", T0 + 4 * MIN));
    private static final List<SignalEvent> AFTER = List.of(
            deposit("d1", "port", T0 + 6 * MIN),
            report("r3", "jetee", T0 + 7 * MIN),
            deposit("d2", "port", T0 + 8 * MIN));

    private static void feed(KeyedOneInputStreamOperatorTestHarness<String, SignalEvent, Alert> h,
                             List<SignalEvent> events, long watermark) throws Exception {
        for (SignalEvent e : events) {
            h.processElement(e, e.eventTime());
        }
        h.processWatermark(watermark);
    }

    private static List<String> alertIds(List<Alert> alerts) {
        return alerts.stream().map(a -> a.ruleId() + "@" + a.zone() + ":" + a.id()).sorted().toList();
    }

    @Test
    void releasesInEventTimeOrderAndAlertsOnTheWatermark() throws Exception {
        try (var h = harness()) {
            h.open();
            h.processElement(deposit("d1", "port", T0 + MIN), T0 + MIN);
            h.processElement(idleVan("c1", "port", T0), T0);
            assertTrue(h.extractOutputValues().isEmpty(), "nothing before the watermark");
            h.processWatermark(T0 + 2 * MIN);
            List<Alert> alerts = h.extractOutputValues();
            assertEquals(1, alerts.size());
            assertEquals("dumping-corroborated", alerts.get(0).ruleId());
            assertEquals(List.of("c1", "d1"), alerts.get(0).contributing().stream().map(r -> r.id()).toList());
        }
    }

    @Test
    void eventsBehindTheWatermarkGoToTheLateOutput() throws Exception {
        try (var h = harness()) {
            h.open();
            h.processWatermark(T0 + 10 * MIN);
            h.processElement(idleVan("c1", "port", T0), T0);
            assertEquals(1, h.getSideOutput(CorrelateOperator.LATE).size());
            assertTrue(h.extractOutputValues().isEmpty());
        }
    }

    @Test
    void aRestoreReplaysRetainedEventsAndEmitsExactlyTheUninterruptedAlerts() throws Exception {
        List<Alert> uninterrupted;
        try (var h = harness()) {
            h.open();
            feed(h, BEFORE, T0 + 5 * MIN);
            feed(h, AFTER, T0 + 60 * MIN);
            uninterrupted = h.extractOutputValues();
        }
        assertEquals(3, uninterrupted.size(), () -> alertIds(uninterrupted).toString());

        List<Alert> interrupted = new ArrayList<>();
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            feed(h, BEFORE, T0 + 5 * MIN);
            interrupted.addAll(h.extractOutputValues());
            snapshot = h.snapshot(1L, T0 + 5 * MIN);
        }
        assertEquals(1, interrupted.size(), "the cap incident completed before the checkpoint");
        try (var h = harness()) {
            h.setup();
            h.initializeState(snapshot);
            h.open();
            feed(h, AFTER, T0 + 60 * MIN);
            interrupted.addAll(h.extractOutputValues());
        }
        assertEquals(alertIds(uninterrupted), alertIds(interrupted));
    }

    @Test
    void pendingEventsSurviveARestoreBeforeTheirRelease() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement(idleVan("c1", "port", T0), T0);
            h.processElement(deposit("d1", "port", T0 + MIN), T0 + MIN);
            snapshot = h.snapshot(1L, T0);
        }
        try (var h = harness()) {
            h.setup();
            h.initializeState(snapshot);
            h.open();
            h.processWatermark(T0 + 2 * MIN);
            assertEquals(1, h.extractOutputValues().size());
        }
    }
}
