package org.vigie.alerts.incidents;

import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.functions.KeySelector;
import org.vigie.alerts.feedback.OperatorFeedback;

/**
 * Keys operator feedback by the zone its incident id names, so it meets the zone's incidents. An id that names no
 * zone keys to {@code ""}, where no incident lives: the feedback is audited as rejected, never lost.
 */
public final class FeedbackZoneKey implements KeySelector<OperatorFeedback, String> {

    private static final long serialVersionUID = 1L;

    /**
     * Watermarks for the feedback source: none of its own. Feedback is sparse and comes on the operators' clock; a
     * two-input operator runs on the lower of its inputs' watermarks, so any real one would stall incident closing
     * (or, idle, would be ignored anyway). This one declares the feedback input's event time finished at once, and
     * the operator runs on the alerts' watermark alone. Feedback is never dropped as late: nothing windows it.
     */
    public static final WatermarkStrategy<OperatorFeedback> WATERMARKS =
            WatermarkStrategy.<OperatorFeedback>forGenerator(ctx -> new NoHoldBack())
                    .withTimestampAssigner((f, previous) -> f.time());

    @Override
    public String getKey(OperatorFeedback feedback) {
        try {
            return IncidentIds.zoneOf(feedback.incidentId());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static final class NoHoldBack implements WatermarkGenerator<OperatorFeedback> {

        @Override
        public void onEvent(OperatorFeedback event, long eventTimestamp, WatermarkOutput output) {
        }

        @Override
        public void onPeriodicEmit(WatermarkOutput output) {
            output.emitWatermark(new Watermark(Long.MAX_VALUE));
        }
    }
}
