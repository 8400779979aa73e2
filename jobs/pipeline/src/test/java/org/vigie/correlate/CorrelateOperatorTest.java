package org.vigie.correlate;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleChangeValidator;
import org.vigie.rules.live.RuleStatus;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The correlate operator alone, on Flink's operator harness: event-time release, lateness, and the replay that
 * rebuilds Esper's state after a restore so the alerts are those of an uninterrupted run.
 */
class CorrelateOperatorTest {

    private static final RuleSet STARTER = RuleSet.load(List.of("classpath:starter"));
    private static final long T0 = 1_772_438_400_000L; // 2026-03-02T08:00:00Z
    private static final long MIN = 60_000;

    /** Rule changes (the second input) are broadcast in the job, not keyed: any key does here. */
    private static Harness harness() throws Exception {
        return new Harness();
    }

    private static final class Harness
            extends KeyedTwoInputStreamOperatorTestHarness<String, SignalEvent, RuleUpdate, Alert> {
        Harness() throws Exception {
            super(new CorrelateOperator(STARTER, 24 * 60 * MIN), SignalEvent::zone, RuleUpdate::ruleId,
                    Types.STRING);
        }

        @Override
        public void open() throws Exception {
            super.open();
            processWatermark2(new Watermark(Long.MAX_VALUE));
        }

        void processElement(SignalEvent e, long ts) throws Exception {
            processElement1(e, ts);
        }

        void processWatermark(long ts) throws Exception {
            processWatermark1(new Watermark(ts));
        }
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

    private static void feed(Harness h,
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

    private static final String LIVE_RULE = "@Name('deposit-seen')\n@Description('A deposit')\n"
            + "@Tag(name='severity', value='LOW')\n@Tag(name='version', value='1')\n"
            + "context ByZone\nselect d as deposit from DumpingObservation(kind='DEPOSIT_DETECTED') as d";

    private static RuleUpdate change(String key, String ruleId, int version, String text) {
        return new RuleUpdate(key, new RuleChange(ruleId, version, text, "analyst-1", 0, null, null));
    }

    private static RuleUpdate change(int version, String text) {
        return change("deposit-seen", "deposit-seen", version, text);
    }

    private static List<RuleOutcome> outcomes(Harness h) {
        return h.getSideOutput(CorrelateOperator.RULE_OUTCOMES).stream().map(r -> r.getValue()).toList();
    }

    @Test
    void aLiveRuleIsCheckedDeployedAndSurvivesARestoreWithItsReplay() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            h.processElement2(change(2, LIVE_RULE), 0);
            h.processElement2(change(1, LIVE_RULE.replace("select", "select java.lang.System.exit(0) as x,")), 0);
            h.processElement2(change(1, LIVE_RULE), 0);
            List<RuleOutcome> outcomes = outcomes(h);
            assertEquals(List.of(RuleStatus.Status.REJECTED, RuleStatus.Status.REJECTED,
                    RuleStatus.Status.ACCEPTED), outcomes.stream().map(RuleOutcome::status).toList(),
                    () -> outcomes.toString());
            assertTrue(outcomes.get(0).message().contains("version"), outcomes.get(0).message());
            assertTrue(outcomes.get(1).message().contains("System"), outcomes.get(1).message());
            assertEquals("analyst-1", outcomes.get(2).author());
            h.processElement(deposit("d1", "port", T0), T0);
            h.processWatermark(T0 + MIN);
            assertEquals(List.of("deposit-seen"), h.extractOutputValues().stream().map(Alert::ruleId).toList());
            snapshot = h.snapshot(1L, T0 + MIN);
        }
        try (var h = harness()) {
            h.setup();
            h.initializeState(snapshot);
            h.open();
            h.processElement(deposit("d2", "port", T0 + 2 * MIN), T0 + 2 * MIN);
            h.processWatermark(T0 + 3 * MIN);
            assertEquals(List.of("deposit-seen"), h.extractOutputValues().stream().map(Alert::ruleId).toList(),
                    "the restored job still runs the live rule, and does not alert d1 again");
            h.processElement2(new RuleUpdate("deposit-seen", null), 0);
            assertEquals(List.of(new RuleOutcome("deposit-seen", 1, RuleStatus.Status.DELETED, "", null,
                    T0 + 3 * MIN)), outcomes(h), "a tombstone reports the version it removed");
            h.processElement(deposit("d3", "port", T0 + 4 * MIN), T0 + 4 * MIN);
            h.processWatermark(T0 + 5 * MIN);
            assertEquals(1, h.extractOutputValues().size(), "deleted: no more alerts");
        }
    }

    /** The job refuses a change with the code and the words of {@code vigie rules deploy}: RuleChangeValidator. */
    @Test
    void aRejectionCarriesTheValidatorsMessageAndTheRunningVersionKeepsRunning() throws Exception {
        List<RuleUpdate> bad = List.of(
                change(2, LIVE_RULE.replace("value='1'", "value='2'").replace("select", "select"
                        + " java.lang.Runtime.getRuntime().availableProcessors() as cpus,")),
                change(2, LIVE_RULE.replace("value='1'", "value='2'").replace(" as d",
                        "#length(5) as d")),
                change("deposit-seen", "other-rule", 2, LIVE_RULE.replace("value='1'", "value='2'")),
                change(2, LIVE_RULE.replace("value='1'", "value='2'") + ";\n" + LIVE_RULE));
        try (var h = harness(); RuleChangeValidator validator = new RuleChangeValidator()) {
            h.open();
            h.processElement2(change(1, LIVE_RULE), 0);
            h.processElement(deposit("d1", "port", T0), T0);
            h.processWatermark(T0 + MIN);
            for (RuleUpdate u : bad) {
                h.processElement2(u, 0);
            }
            List<RuleOutcome> outcomes = outcomes(h);
            assertEquals(1 + bad.size(), outcomes.size());
            for (int i = 0; i < bad.size(); i++) {
                RuleOutcome o = outcomes.get(i + 1);
                assertEquals(RuleStatus.Status.REJECTED, o.status(), o::toString);
                assertEquals(2, o.version());
                assertEquals(T0 + MIN, o.at(), "refused at the engine's time");
                String expected = validator.validate("deposit-seen", bad.get(i).change()).message();
                assertFalse(expected.isEmpty());
                assertEquals(expected, o.message());
                assertTrue(o.message().startsWith("deposit-seen.epl:"), o.message());
            }
            assertTrue(outcomes.get(1).message().contains("Runtime"), outcomes.get(1).message());
            assertTrue(outcomes.get(2).message().contains("#length"), outcomes.get(2).message());
            assertTrue(outcomes.get(3).message().contains("'other-rule'"), outcomes.get(3).message());
            h.processElement(deposit("d2", "port", T0 + 2 * MIN), T0 + 2 * MIN);
            h.processWatermark(T0 + 3 * MIN);
            List<Alert> alerts = h.extractOutputValues();
            assertEquals(List.of(1, 1), alerts.stream().map(Alert::ruleVersion).toList(),
                    "version 1 alerted on d1 and still alerts on d2");
        }
    }

    /** Alert ids carry the version: a running version's text cannot change; its re-delivery changes nothing. */
    @Test
    void versionsOnlyGoUpAndARedeliveryIsIgnored() throws Exception {
        try (var h = harness()) {
            h.open();
            h.processElement2(change(2, LIVE_RULE.replace("value='1'", "value='2'")), 0);
            h.processElement2(change(2, LIVE_RULE.replace("value='1'", "value='2'")), 0);
            h.processElement2(change(1, LIVE_RULE), 0);
            h.processElement2(change(2, LIVE_RULE.replace("value='1'", "value='2'").replace("A deposit",
                    "A deposit, reworded")), 0);
            List<RuleOutcome> outcomes = outcomes(h);
            assertEquals(List.of(RuleStatus.Status.ACCEPTED, RuleStatus.Status.REJECTED,
                    RuleStatus.Status.REJECTED), outcomes.stream().map(RuleOutcome::status).toList(),
                    "the re-delivery is not reported: " + outcomes);
            assertTrue(outcomes.get(1).message().contains("version 1 is not above the running version 2"),
                    outcomes.get(1).message());
            assertTrue(outcomes.get(2).message().contains("version 2 is not above the running version 2"),
                    outcomes.get(2).message());
            h.processElement(deposit("d1", "port", T0), T0);
            h.processWatermark(T0 + MIN);
            assertEquals(List.of(2), h.extractOutputValues().stream().map(Alert::ruleVersion).toList(),
                    "version 2 as first accepted runs");
        }
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

    /** The replay log is what a checkpoint holds now: a zone whose events have aged out is not replayed again. */
    @Test
    void aZoneForgottenBeforeTheCheckpointIsNotReplayed() throws Exception {
        OperatorSubtaskState snapshot;
        try (var h = harness()) {
            h.open();
            feed(h, BEFORE, T0 + 5 * MIN);
            h.snapshot(1L, T0 + 5 * MIN);
            h.processElement(deposit("d9", "cap", T0 + 20 * 60 * MIN), T0 + 20 * 60 * MIN);
            h.processWatermark(T0 + 20 * 60 * MIN + 1);
            snapshot = h.snapshot(2L, T0 + 20 * 60 * MIN + 1);
        }
        ReplayStats.reset();
        try (var h = harness()) {
            h.setup();
            h.initializeState(snapshot);
            h.open();
        }
        assertEquals(1, ReplayStats.events(), "only d9 is inside the horizon: the earlier events of port, jetee and cap were cleared");
    }
}
