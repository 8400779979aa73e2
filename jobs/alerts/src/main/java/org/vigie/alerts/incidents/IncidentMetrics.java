package org.vigie.alerts.incidents;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counters of the incident operators: alerts by disposition ({@code alertsAbsorbed}, ...) and messages out; the
 * {@code openIncidents} gauge (opened minus closed).
 */
final class IncidentMetrics {

    private final Map<IncidentTracker.Disposition, Counter> alerts = new EnumMap<>(IncidentTracker.Disposition.class);
    private final Counter changesOut;
    private final Counter feedbackIn;
    private final Counter feedbackRejected;
    private long openIncidents;

    IncidentMetrics(MetricGroup group) {
        for (IncidentTracker.Disposition d : IncidentTracker.Disposition.values()) {
            String name = d.name().charAt(0) + d.name().substring(1).toLowerCase(Locale.ROOT);
            alerts.put(d, group.counter("alerts" + name));
        }
        changesOut = group.counter("incidentChangesOut");
        feedbackIn = group.counter("feedbackIn");
        feedbackRejected = group.counter("feedbackRejected");
        group.gauge("openIncidents", () -> openIncidents);
    }

    long openIncidents() {
        return openIncidents;
    }

    void restoreOpenIncidents(long open) {
        openIncidents = open;
    }

    void alert(IncidentTracker.Disposition d) {
        alerts.get(d).inc();
    }

    void changes(List<IncidentChange> changes) {
        changesOut.inc(changes.size());
        for (IncidentChange c : changes) {
            if (c.type() == IncidentChange.Type.OPENED) {
                openIncidents++;
            } else if (c.type() == IncidentChange.Type.CLOSED) {
                openIncidents--;
            }
        }
    }

    void feedback(boolean applied) {
        feedbackIn.inc();
        if (!applied) {
            feedbackRejected.inc();
        }
    }
}
