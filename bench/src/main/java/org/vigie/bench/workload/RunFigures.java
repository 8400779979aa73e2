package org.vigie.bench.workload;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one camera count measured.
 *
 * @param alertsPerOperatorHour alerts per simulated hour, shared among {@code operators} operators
 * @param score                 the alerts and the incidents the job opened, against the ground truth
 */
record RunFigures(int cameras, int dumpingSensors, int trafficDetectors, int desks, long rawEvents,
                  long flaggedEvents, double alertsPerOperatorHour, Scoring.Score score, long lateEvents,
                  long deadLetters, double writeSeconds, double jobSeconds) {

    /** The run as JSON fields, the ones the issue asks for first. */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cameras", cameras);
        m.put("raw_events", rawEvents);
        m.put("alerts", score.alerts());
        m.put("incidents", score.openings());
        m.put("alerts_per_operator_hour", alertsPerOperatorHour);
        m.put("recall", score.recall());
        m.put("precision", score.precision());
        m.put("alerts_per_incident", score.openingsPerIncident());
        m.put("rule_alerts_per_incident", score.alertsPerIncident());
        m.put("injected_incidents", score.injected());
        m.put("detected_incidents", score.detected());
        m.put("true_alerts", score.trueAlerts());
        m.put("false_alerts", score.alerts() - score.trueAlerts());
        m.put("true_incidents", score.trueOpenings());
        m.put("incident_precision", score.openingPrecision());
        m.put("unattributed_incidents", score.unattributed());
        m.put("by_rule", score.byRuleJson());
        m.put("injected_by_type", score.injectedByType());
        m.put("missed_by_type", score.missedByType());
        m.put("flagged_events", flaggedEvents);
        m.put("dumping_sensors", dumpingSensors);
        m.put("traffic_detectors", trafficDetectors);
        m.put("call_centre_desks", desks);
        m.put("late_events", lateEvents);
        m.put("dead_letters", deadLetters);
        m.put("write_seconds", round(writeSeconds));
        m.put("job_seconds", round(jobSeconds));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
