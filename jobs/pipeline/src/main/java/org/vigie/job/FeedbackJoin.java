package org.vigie.job;

import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.events.Alert;

/**
 * Runs the incidents function on the alerts' event time alone. Operator feedback is sparse and has no event time
 * of its own: were its watermark combined with the alerts', it would either stall incident closing or, once the
 * alerts' input went idle, jump the clock to the end of time and close every incident at once.
 */
final class FeedbackJoin extends KeyedCoProcessOperator<String, Alert, OperatorFeedback, IncidentChange> {

    private static final long serialVersionUID = 1L;

    FeedbackJoin(KeyedCoProcessFunction<String, Alert, OperatorFeedback, IncidentChange> function) {
        super(function);
    }

    @Override
    public void processWatermark1(Watermark mark) throws Exception {
        processWatermark(mark);
    }

    @Override
    public void processWatermark2(Watermark mark) {
        // Ignored: see the class comment.
    }
}
