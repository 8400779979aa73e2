package org.vigie.alerts.incidents;

import org.junit.jupiter.api.Test;
import org.vigie.alerts.incidents.IncidentChange.Type;
import org.vigie.alerts.incidents.IncidentTracker.Disposition;
import org.vigie.alerts.priority.Band;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.events.Alert;
import org.vigie.events.SourceKind;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.alerts.testing.TestAlerts.MINUTE;
import static org.vigie.alerts.testing.TestAlerts.T0;
import static org.vigie.alerts.testing.TestAlerts.dumping;

class IncidentTrackerTest {

    private final TrackerRig zone = new TrackerRig();

    @Test
    void firstAlertOpensAnIncidentAnnouncedOnceWithAStableId() throws Exception {
        Alert a = dumping(0);
        IncidentTracker.AlertOutcome out = zone.alert(a);
        assertEquals(Disposition.OPENED, out.disposition());
        IncidentChange opened = out.changes().get(0);
        assertEquals(Type.OPENED, opened.type());
        assertEquals(1, opened.sequence());
        assertEquals(T0, opened.time());
        assertEquals(IncidentIds.of("port-nord", "ILLEGAL_DUMPING", a.id()), opened.incidentId());
        assertEquals(List.of(a.id()), opened.incident().alertIds());
        assertEquals(2, opened.incident().contributing().size());
        assertEquals(T0 + 30 * MINUTE, opened.incident().dueAt());
        assertTrue(zone.timers.contains(T0 + 30 * MINUTE));
        assertTrue(opened.explanation().contains("dumping-corroborated v1 (HIGH)"), opened.explanation());
        assertTrue(opened.explanation().contains("cam-1/0 CAMERA from cam-1"), opened.explanation());
        assertTrue(opened.explanation().contains("score 72.00: P2"), opened.explanation());
    }

    @Test
    void reAlertWithinTheCooldownIsAbsorbedAndCarriedByTheNextUpdate() throws Exception {
        zone.alert(dumping(0));
        IncidentTracker.AlertOutcome absorbed = zone.alert(dumping(2));
        assertEquals(Disposition.ABSORBED, absorbed.disposition());
        assertTrue(absorbed.changes().isEmpty());
        assertEquals(2, zone.only().alertCount());
        IncidentTracker.AlertOutcome updated = zone.alert(dumping(6));
        assertEquals(Disposition.UPDATED, updated.disposition());
        IncidentChange update = updated.changes().get(0);
        assertEquals(Type.UPDATED, update.type());
        assertEquals(2, update.sequence());
        assertEquals(3, update.incident().alertCount());
        assertEquals(6, update.incident().contributing().size(), "the absorbed alert's events are in it");
        assertEquals(List.of(T0, T0 + 6 * MINUTE), update.incident().messageTimes());
    }

    @Test
    void anotherRuleOfTheSameClassJoinsAndIsAnnouncedAtOnce() throws Exception {
        IncidentChange opened = zone.alert(dumping(0)).changes().get(0);
        Alert hotspot = TestAlerts.rule("dumping-hotspot").severity(Alert.Severity.MEDIUM).at(T0 + MINUTE)
                .event("dump-9/1", SourceKind.DUMPING_SENSOR, "dump-9", T0 + MINUTE).build();
        IncidentTracker.AlertOutcome out = zone.alert(hotspot);
        assertEquals(Disposition.UPDATED, out.disposition());
        assertEquals(opened.incidentId(), out.changes().get(0).incidentId());
        assertEquals(2, out.changes().get(0).incident().rules().size());
    }

    @Test
    void rulesOfOtherClassesOpenTheirOwnIncidents() throws Exception {
        zone.alert(dumping(0));
        Alert road = TestAlerts.rule("stopped-then-collapse").at(T0 + MINUTE)
                .event("loop-1/9", SourceKind.TRAFFIC, "loop-1", T0 + MINUTE).build();
        assertEquals(Disposition.OPENED, zone.alert(road).disposition());
        assertEquals(2, zone.store.all().size());
    }

    @Test
    void classMappingIsConfigurable() throws Exception {
        TrackerRig custom = new TrackerRig(IncidentPolicy.defaults()
                .withClasses(IncidentClasses.defaults().with("stopped-then-collapse", "ILLEGAL_DUMPING")));
        custom.alert(dumping(0));
        Alert road = TestAlerts.rule("stopped-then-collapse").at(T0 + MINUTE)
                .event("loop-1/9", SourceKind.TRAFFIC, "loop-1", T0 + MINUTE).build();
        assertEquals(Disposition.UPDATED, custom.alert(road).disposition());
        assertEquals("unmapped-rule", IncidentClasses.defaults().classOf("unmapped-rule"));
    }

    @Test
    void aHigherBandIsAnnouncedEvenWithinTheCooldownAndNeverLowered() throws Exception {
        zone.alert(dumping(0));
        Alert threeKinds = TestAlerts.rule("dumping-corroborated").at(T0 + MINUTE)
                .event("cam-1/x", SourceKind.CAMERA, "cam-1", T0 + MINUTE)
                .event("dump-7/x", SourceKind.DUMPING_SENSOR, "dump-7", T0 + MINUTE)
                .event("rep-1", SourceKind.CITIZEN_REPORT, "app", T0 + MINUTE).build();
        IncidentTracker.AlertOutcome raised = zone.alert(threeKinds);
        assertEquals(Disposition.UPDATED, raised.disposition());
        assertEquals(Band.P1, raised.changes().get(0).incident().priority().band());
        assertEquals(84.0, raised.changes().get(0).incident().priority().score());
        zone.alert(dumping(10));
        assertEquals(Band.P1, zone.only().priority().band(), "a weaker later alert does not lower it");
    }

    @Test
    void theQuietPeriodClosesTheIncidentOnEventTime() throws Exception {
        zone.alert(dumping(0));
        assertTrue(zone.watermark(T0 + 30 * MINUTE - 1).isEmpty());
        List<IncidentChange> closed = zone.watermark(T0 + 30 * MINUTE);
        assertEquals(1, closed.size());
        IncidentChange c = closed.get(0);
        assertEquals(Type.CLOSED, c.type());
        assertEquals(2, c.sequence());
        assertEquals(T0 + 30 * MINUTE, c.time());
        assertEquals(Incident.Closure.QUIET, c.incident().closure());
        assertTrue(zone.watermark(T0 + 60 * MINUTE).isEmpty(), "closed once");
    }

    @Test
    void anAlertPastTheDueTimeClosesTheOldIncidentBeforeOpeningANewOne() throws Exception {
        String first = zone.alert(dumping(0)).changes().get(0).incidentId();
        IncidentTracker.AlertOutcome out = zone.alert(dumping(31));
        assertEquals(List.of(Type.CLOSED, Type.OPENED), out.changes().stream().map(IncidentChange::type).toList());
        assertEquals(first, out.changes().get(0).incidentId());
        assertEquals(T0 + 30 * MINUTE, out.changes().get(0).time());
        assertNotEquals(first, out.changes().get(1).incidentId());
        assertTrue(zone.watermark(T0 + 31 * MINUTE).isEmpty(), "the stale timer finds nothing due");
    }

    @Test
    void anAlertPastAShorterJoinGapSupersedesTheOpenIncident() throws Exception {
        TrackerRig rig = new TrackerRig(IncidentPolicy.defaults()
                .withTimes(Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofMinutes(5)));
        rig.alert(dumping(0));
        IncidentTracker.AlertOutcome out = rig.alert(dumping(15));
        assertEquals(List.of(Type.CLOSED, Type.OPENED), out.changes().stream().map(IncidentChange::type).toList());
        assertEquals(Incident.Closure.SUPERSEDED, out.changes().get(0).incident().closure());
        assertEquals(T0 + 15 * MINUTE, out.changes().get(0).time());
    }

    @Test
    void aReplayedAlertIsDroppedEvenAfterItsIncidentClosed() throws Exception {
        Alert a = dumping(0);
        zone.alert(a);
        assertEquals(Disposition.DUPLICATE, zone.alert(a).disposition());
        zone.watermark(T0 + 30 * MINUTE);
        assertEquals(Disposition.DUPLICATE, zone.alert(a).disposition());
        assertEquals(1, zone.store.all().size(), "never re-announced");
    }

    @Test
    void closedIncidentsArePurgedAfterRetention() throws Exception {
        zone.alert(dumping(0));
        zone.watermark(T0 + 30 * MINUTE);
        long purgeAt = zone.only().dueAt();
        assertEquals(T0 + 30 * MINUTE + Duration.ofHours(24).toMillis(), purgeAt);
        zone.watermark(purgeAt - 1);
        assertEquals(1, zone.store.all().size());
        zone.watermark(purgeAt);
        assertTrue(zone.store.all().isEmpty());
    }

    @Test
    void aCooldownLongerThanTheQuietPeriodMutesTheRuleAfterTheClose() throws Exception {
        TrackerRig rig = new TrackerRig(IncidentPolicy.defaults()
                .withTimes(Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(45)));
        rig.alert(dumping(0));
        rig.watermark(T0 + 30 * MINUTE);
        assertEquals(Disposition.SUPPRESSED, rig.alert(dumping(40)).disposition());
        assertEquals(Disposition.OPENED, rig.alert(dumping(46)).disposition());
    }

    @Test
    void stateIsBoundedButCountsStayExact() throws Exception {
        IncidentPolicy small = new IncidentPolicy(IncidentClasses.defaults(), Duration.ofMinutes(30),
                Duration.ofMinutes(30), Duration.ZERO, DismissalCooldown.defaults(), Duration.ofHours(1), 3, 2);
        TrackerRig rig = new TrackerRig(small);
        for (int m = 0; m < 5; m++) {
            rig.alert(dumping(m));
        }
        Incident inc = rig.only();
        assertEquals(5, inc.alertCount());
        assertEquals(List.of(dumping(3).id(), dumping(4).id()), inc.alertIds());
        assertEquals(3, inc.contributing().size());
        assertEquals("dump-7/4", inc.contributing().get(2).id(), "the latest events are kept");
    }

    @Test
    void anAlertOutOfOrderJoinsWithoutMovingTimesBack() throws Exception {
        zone.alert(dumping(10));
        zone.alert(dumping(5));
        Incident inc = zone.only();
        assertEquals(T0 + 10 * MINUTE, inc.lastTime());
        assertEquals(T0 + 5 * MINUTE - 30_000, inc.firstTime());
        assertEquals(T0 + 40 * MINUTE, inc.dueAt());
    }
}
