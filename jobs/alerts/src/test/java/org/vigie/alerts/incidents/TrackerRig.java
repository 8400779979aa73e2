package org.vigie.alerts.incidents;

import org.vigie.alerts.feedback.Decision;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** One zone's tracker with its store and a timer recorder, for plain-Java lifecycle tests. */
final class TrackerRig {

    final MemoryIncidentStore store = new MemoryIncidentStore();
    final TreeSet<Long> timers = new TreeSet<>();
    final IncidentTracker tracker;

    TrackerRig(IncidentPolicy policy) {
        tracker = new IncidentTracker(policy, PriorityPolicy.defaults());
    }

    TrackerRig() {
        this(IncidentPolicy.defaults());
    }

    IncidentTracker.AlertOutcome alert(Alert a) throws Exception {
        return tracker.onAlert(a, store, timers::add);
    }

    /** Fires the due timers up to {@code watermark}, as Flink would, and returns what they emitted. */
    List<IncidentChange> watermark(long watermark) throws Exception {
        List<IncidentChange> out = new ArrayList<>();
        while (!timers.isEmpty() && timers.first() <= watermark) {
            out.addAll(tracker.onTime(timers.pollFirst(), store, timers::add));
        }
        return out;
    }

    IncidentTracker.FeedbackOutcome feedback(String incidentId, Decision d, long now) throws Exception {
        return tracker.onFeedback(new OperatorFeedback(incidentId, d, "op-17", "checked on camera", now + 1),
                now, store, timers::add);
    }

    Incident only() throws Exception {
        List<Incident> all = store.all();
        if (all.size() != 1) {
            throw new AssertionError("expected one incident, got " + all.size());
        }
        return all.get(0);
    }
}
