package org.vigie.alerts.incidents;

import org.junit.jupiter.api.Test;
import org.vigie.alerts.feedback.Decision;
import org.vigie.alerts.incidents.IncidentChange.Type;
import org.vigie.alerts.incidents.IncidentTracker.Disposition;
import org.vigie.alerts.priority.Band;
import org.vigie.alerts.testing.TestAlerts;
import org.vigie.events.Alert;
import org.vigie.events.SourceKind;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.alerts.testing.TestAlerts.MINUTE;
import static org.vigie.alerts.testing.TestAlerts.T0;
import static org.vigie.alerts.testing.TestAlerts.dumping;

class IncidentFeedbackTest {

    private final TrackerRig zone = new TrackerRig();

    private String open() throws Exception {
        return zone.alert(dumping(0)).changes().get(0).incidentId();
    }

    @Test
    void dismissalCancelsTheIncidentAndMutesItsRulesInTheZone() throws Exception {
        String id = open();
        IncidentTracker.FeedbackOutcome out = zone.feedback(id, Decision.DISMISS_FALSE, T0 + 5 * MINUTE);
        IncidentChange c = out.changes().get(0);
        assertEquals(Type.CLOSED, c.type());
        assertEquals(Incident.Closure.DISMISSED, c.incident().closure());
        assertEquals(2, c.sequence());
        assertEquals(T0 + 5 * MINUTE, c.time());
        assertEquals("dismissed as false by operator op-17: checked on camera", c.incident().note());
        assertEquals("cancelled", out.audit().details().get("outcome"));
        assertEquals(Map.of("dumping-corroborated", 1), out.decided().alertsByRule());

        assertEquals(Disposition.SUPPRESSED, zone.alert(dumping(10)).disposition(), "muted for an hour");
        Alert road = TestAlerts.rule("stopped-then-collapse").at(T0 + 10 * MINUTE)
                .event("loop-1/9", SourceKind.TRAFFIC, "loop-1", T0 + 10 * MINUTE).build();
        assertEquals(Disposition.OPENED, zone.alert(road).disposition(), "other rules pass");
        assertEquals(Disposition.OPENED, zone.alert(dumping(66)).disposition(), "the mute ended at +65 min");
    }

    @Test
    void theDismissalCooldownIsConfigurable() throws Exception {
        TrackerRig rig = new TrackerRig(IncidentPolicy.defaults()
                .withDismissal(new DismissalCooldown(java.time.Duration.ofMinutes(5))));
        String id = rig.alert(dumping(0)).changes().get(0).incidentId();
        rig.feedback(id, Decision.DISMISS_FALSE, T0);
        assertEquals(Disposition.SUPPRESSED, rig.alert(dumping(4)).disposition());
        assertEquals(Disposition.OPENED, rig.alert(dumping(6)).disposition());
    }

    @Test
    void expiredMutesAreDroppedFromState() throws Exception {
        zone.feedback(open(), Decision.DISMISS_FALSE, T0);
        assertEquals(1, zone.store.suppressions().size());
        zone.watermark(T0 + 60 * MINUTE);
        assertTrue(zone.store.suppressions().isEmpty());
    }

    @Test
    void escalationRaisesToP1WithAnUpdate() throws Exception {
        String id = open();
        IncidentTracker.FeedbackOutcome out = zone.feedback(id, Decision.ESCALATE, T0 + MINUTE);
        IncidentChange c = out.changes().get(0);
        assertEquals(Type.UPDATED, c.type());
        assertEquals(Band.P1, c.incident().priority().band());
        assertTrue(c.explanation().contains("escalated to P1 by operator op-17"), c.explanation());
        zone.alert(dumping(10));
        assertEquals(Band.P1, zone.only().priority().band(), "a later P2 alert does not undo it");
    }

    @Test
    void acknowledgementIsNotedWithoutAMessage() throws Exception {
        String id = open();
        IncidentTracker.FeedbackOutcome out = zone.feedback(id, Decision.ACKNOWLEDGE, T0 + MINUTE);
        assertTrue(out.changes().isEmpty());
        assertEquals("acknowledged by operator op-17: checked on camera", zone.only().note());
        assertEquals(Decision.ACKNOWLEDGE, out.decided().decision());
    }

    @Test
    void feedbackOnAClosedIncidentIsRecordedButChangesNothing() throws Exception {
        String id = open();
        zone.watermark(T0 + 30 * MINUTE);
        IncidentTracker.FeedbackOutcome out = zone.feedback(id, Decision.DISMISS_FALSE, T0 + 40 * MINUTE);
        assertTrue(out.changes().isEmpty());
        assertEquals("recorded; the incident was already closed", out.audit().details().get("outcome"));
        assertEquals(Decision.DISMISS_FALSE, out.decided().decision(), "still counts for precision");
    }

    @Test
    void feedbackNamingNoHeldIncidentIsRejectedInTheAudit() throws Exception {
        IncidentTracker.FeedbackOutcome out = zone.feedback("port-nord:X:000000000000", Decision.ESCALATE, T0);
        assertTrue(out.changes().isEmpty());
        assertNull(out.decided());
        assertTrue(out.audit().details().get("outcome").startsWith("rejected"));
        assertEquals("operator:op-17", out.audit().who());
        assertEquals("incident:port-nord:X:000000000000", out.audit().subject());
    }

    @Test
    void aDecisionBeforeTheLastAlertIsPlacedAtTheLastAlert() throws Exception {
        zone.alert(dumping(0));
        String id = zone.only().id();
        zone.alert(dumping(20));
        IncidentChange c = zone.feedback(id, Decision.DISMISS_FALSE, Long.MIN_VALUE).changes().get(0);
        assertEquals(T0 + 20 * MINUTE, c.time(), "messages of an incident never go back in time");
    }
}
