package org.vigie.alerts.incidents;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.junit.jupiter.api.Test;
import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.alerts.feedback.DecidedIncident;
import org.vigie.alerts.feedback.Decision;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.incidents.IncidentChange.Type;
import org.vigie.alerts.priority.Band;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.vigie.alerts.testing.TestAlerts.MINUTE;
import static org.vigie.alerts.testing.TestAlerts.T0;
import static org.vigie.alerts.testing.TestAlerts.dumping;

/** Alerts connected with operator feedback, on Flink's two-input harness. */
class IncidentFeedbackFunctionTest {

    private static KeyedTwoInputStreamOperatorTestHarness<String, Alert, OperatorFeedback, IncidentChange> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new IncidentFeedbackFunction(IncidentPolicy.defaults(), PriorityPolicy.defaults()),
                Alert::zone, new FeedbackZoneKey(), Types.STRING);
    }

    private static OperatorFeedback feedback(String incidentId, Decision d) {
        return new OperatorFeedback(incidentId, d, "op-17", "van unloading at a shop", T0 + 3 * MINUTE);
    }

    @Test
    void aDismissalCancelsAuditsAndMutesTheRule() throws Exception {
        try (var h = harness()) {
            h.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(T0 - 1));
            h.processElement1(dumping(0), T0);
            String id = h.extractOutputValues().get(0).incidentId();
            h.processElement2(feedback(id, Decision.DISMISS_FALSE), T0 + 3 * MINUTE);
            h.processElement1(dumping(10), T0 + 10 * MINUTE);

            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(List.of(Type.OPENED, Type.CLOSED), out.stream().map(IncidentChange::type).toList());
            assertEquals(Incident.Closure.DISMISSED, out.get(1).incident().closure());
            AuditRecord audit = h.getSideOutput(IncidentFeedbackFunction.AUDIT).poll().getValue();
            assertEquals("DISMISS_FALSE", audit.what());
            assertEquals("cancelled", audit.details().get("outcome"));
            assertEquals("van unloading at a shop", audit.details().get("reason"));
            DecidedIncident decided = h.getSideOutput(IncidentFeedbackFunction.DECIDED).poll().getValue();
            assertEquals(id, decided.incidentId());
        }
    }

    /** The openIncidents gauge counts opened minus closed, and a restore from a checkpoint keeps the count. */
    @Test
    void openIncidentsSurviveARestore() throws Exception {
        OperatorSubtaskState snapshot;
        String id;
        IncidentFeedbackFunction first = new IncidentFeedbackFunction(IncidentPolicy.defaults(),
                PriorityPolicy.defaults());
        try (var h = opened(first, null)) {
            h.processElement1(dumping(0), T0);
            id = h.extractOutputValues().get(0).incidentId();
            assertEquals(1, first.openIncidents());
            snapshot = h.snapshot(1L, T0 + MINUTE);
        }
        IncidentFeedbackFunction restored = new IncidentFeedbackFunction(IncidentPolicy.defaults(),
                PriorityPolicy.defaults());
        try (var h = opened(restored, snapshot)) {
            assertEquals(1, restored.openIncidents());
            h.processElement2(feedback(id, Decision.DISMISS_FALSE), T0 + 3 * MINUTE);
            assertEquals(0, restored.openIncidents(), "closed by the dismissal");
        }
    }

    private static KeyedTwoInputStreamOperatorTestHarness<String, Alert, OperatorFeedback, IncidentChange> opened(
            IncidentFeedbackFunction f, OperatorSubtaskState restoreFrom) throws Exception {
        var h = new KeyedTwoInputStreamOperatorTestHarness<>(new KeyedCoProcessOperator<>(f), Alert::zone,
                new FeedbackZoneKey(), Types.STRING);
        h.setup();
        h.initializeState(restoreFrom);
        h.open();
        return h;
    }

    @Test
    void anEscalationRaisesTheIncidentToP1() throws Exception {
        try (var h = harness()) {
            h.processElement1(dumping(0), T0);
            String id = h.extractOutputValues().get(0).incidentId();
            h.processElement2(feedback(id, Decision.ESCALATE), T0 + 3 * MINUTE);
            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(Type.UPDATED, out.get(1).type());
            assertEquals(Band.P1, out.get(1).incident().priority().band());
        }
    }

    @Test
    void feedbackWithAForeignIdIsAuditedAsRejected() throws Exception {
        try (var h = harness()) {
            h.processElement2(feedback("not-an-incident", Decision.ACKNOWLEDGE), T0);
            assertTrue(h.extractOutputValues().isEmpty());
            StreamRecord<AuditRecord> audit = h.getSideOutput(IncidentFeedbackFunction.AUDIT).poll();
            assertTrue(audit.getValue().details().get("outcome").startsWith("rejected"));
            assertTrue(h.getSideOutput(IncidentFeedbackFunction.DECIDED) == null
                    || h.getSideOutput(IncidentFeedbackFunction.DECIDED).isEmpty());
        }
    }

    @Test
    void theFeedbackInputDoesNotHoldBackClosing() throws Exception {
        try (var h = harness()) {
            // What FeedbackZoneKey.WATERMARKS gives the feedback input: its event time is over at once.
            h.processWatermark2(new org.apache.flink.streaming.api.watermark.Watermark(Long.MAX_VALUE));
            h.processElement1(dumping(0), T0);
            h.processWatermark1(new org.apache.flink.streaming.api.watermark.Watermark(T0 + 30 * MINUTE));
            List<IncidentChange> out = h.extractOutputValues();
            assertEquals(List.of(Type.OPENED, Type.CLOSED), out.stream().map(IncidentChange::type).toList());
        }
    }

    @Test
    void feedbackIsKeyedByTheZoneItsIncidentIdNames() throws Exception {
        FeedbackZoneKey key = new FeedbackZoneKey();
        String id = IncidentIds.of("gare-centre", "CITIZEN_REPORTS", "a");
        assertEquals("gare-centre", key.getKey(feedback(id, Decision.ACKNOWLEDGE)));
        assertEquals("", key.getKey(feedback("garbage", Decision.ACKNOWLEDGE)));
    }
}
