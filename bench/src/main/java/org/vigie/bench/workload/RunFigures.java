package org.vigie.bench.workload;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one camera count measured.
 *
 * @param alertsPerOperatorHour alerts per simulated hour, shared among {@code operators} operators
 * @param score                 the alerts against the ground truth
 */
record RunFigures(int cameras, int dumpingSensors, int trafficDetectors, int desks, long rawEvents, long incidents,
                  double alertsPerOperatorHour, Scoring.Score score, long lateEvents, double writeSeconds,
                  double jobSeconds) {

    /** The run as JSON fields, the required ones first. */
    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cameras", cameras);
        m.put("raw_events", rawEvents);
        m.put("alerts", score.alerts());
        m.put("incidents", incidents);
        m.put("alerts_per_operator_hour", alertsPerOperatorHour);
        m.put("recall", score.recall());
        m.put("precision", score.precision());
        m.put("alerts_per_incident", score.alertsPerIncident());
        m.put("alerts_per_incident_rule", score.alertsPerIncidentRule());
        m.put("injected_incidents", score.injected());
        m.put("detected_incidents", score.detected());
        m.put("attributable_alerts", score.attributable());
        m.put("false_alerts", score.alerts() - score.attributable());
        m.put("alerts_by_rule", score.alertsByRule());
        m.put("false_alerts_by_rule", score.falseAlertsByRule());
        m.put("missed_by_type", score.missedByType());
        m.put("dumping_sensors", dumpingSensors);
        m.put("traffic_detectors", trafficDetectors);
        m.put("call_centre_desks", desks);
        m.put("late_events", lateEvents);
        m.put("write_seconds", round(writeSeconds));
        m.put("job_seconds", round(jobSeconds));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
