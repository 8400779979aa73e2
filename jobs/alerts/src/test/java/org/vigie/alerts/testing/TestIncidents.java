package org.vigie.alerts.testing;

import org.vigie.alerts.feedback.Decision;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.incidents.IncidentChange;
import org.vigie.alerts.incidents.IncidentPolicy;
import org.vigie.alerts.incidents.IncidentTracker;
import org.vigie.alerts.incidents.MemoryIncidentStore;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.vigie.alerts.testing.TestAlerts.MINUTE;
import static org.vigie.alerts.testing.TestAlerts.T0;
import static org.vigie.alerts.testing.TestAlerts.dumping;

/** Incident changes as the tracker makes them, for the CAP tests. */
public final class TestIncidents {

    private final IncidentTracker tracker = new IncidentTracker(IncidentPolicy.defaults(), PriorityPolicy.defaults());
    private final MemoryIncidentStore store = new MemoryIncidentStore();
    private final TreeSet<Long> timers = new TreeSet<>();
    private final List<IncidentChange> changes = new ArrayList<>();

    /** Opened at T0, updated at +6 min, closed quietly at +36 min: Alert, Update, Update (AllClear). */
    public static List<IncidentChange> quietLifecycle() throws Exception {
        TestIncidents t = new TestIncidents();
        t.alert(dumping(0));
        t.alert(dumping(6));
        t.watermark(T0 + 40 * MINUTE);
        return t.changes;
    }

    /** Opened at T0, escalated at +2 min, dismissed at +3 min: Alert, Update, Cancel. */
    public static List<IncidentChange> escalatedThenDismissed() throws Exception {
        TestIncidents t = new TestIncidents();
        t.alert(dumping(0));
        String id = t.changes.get(0).incidentId();
        t.decide(id, Decision.ESCALATE, T0 + 2 * MINUTE);
        t.decide(id, Decision.DISMISS_FALSE, T0 + 3 * MINUTE);
        return t.changes;
    }

    /** The OPENED change of one alert. */
    public static IncidentChange opened(Alert a) throws Exception {
        TestIncidents t = new TestIncidents();
        t.alert(a);
        return t.changes.get(0);
    }

    private void alert(Alert a) throws Exception {
        changes.addAll(tracker.onAlert(a, store, timers::add).changes());
    }

    private void watermark(long w) throws Exception {
        while (!timers.isEmpty() && timers.first() <= w) {
            changes.addAll(tracker.onTime(timers.pollFirst(), store, timers::add));
        }
    }

    private void decide(String id, Decision d, long at) throws Exception {
        OperatorFeedback f = new OperatorFeedback(id, d, "op-17", "seen on camera 4", at);
        changes.addAll(tracker.onFeedback(f, at, store, timers::add).changes());
    }
}
