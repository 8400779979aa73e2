package org.vigie.alerts.incidents;

import org.vigie.alerts.feedback.AuditRecord;
import org.vigie.alerts.feedback.DecidedIncident;
import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.incidents.IncidentChange.Type;
import org.vigie.alerts.priority.Priority;
import org.vigie.alerts.priority.PriorityPolicy;
import org.vigie.events.Alert;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The incident lifecycle of one zone, in plain Java: what an alert, a timer or an operator's decision does to the
 * zone's incidents (see the package doc for the diagram). Stateless itself: the zone's state is the
 * {@link IncidentStore} passed in, its clock the event times of alerts and timers.
 *
 * <p>Alerts are expected in event-time order per zone (the correlator emits them so); one that is not still joins,
 * it just does not move the incident's times backwards.
 */
public final class IncidentTracker implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What became of one alert. */
    public enum Disposition {
        /** It opened an incident (CAP Alert). */
        OPENED,
        /** It joined an open incident and was announced (CAP Update). */
        UPDATED,
        /** It joined an open incident within its rule's re-alert cooldown: kept, not announced on its own. */
        ABSORBED,
        /** Its id was already held: a replayed alert. Dropped. */
        DUPLICATE,
        /** Its rule is muted in the zone (dismissal, or cooldown after close). Dropped. */
        SUPPRESSED
    }

    public record AlertOutcome(Disposition disposition, List<IncidentChange> changes) {
    }

    /** @param decided null when the feedback named no incident held */
    public record FeedbackOutcome(List<IncidentChange> changes, DecidedIncident decided, AuditRecord audit) {
    }

    private static final Comparator<Incident> DUE_ORDER =
            Comparator.comparingLong(Incident::dueAt).thenComparing(Incident::id);

    private final IncidentPolicy policy;
    private final PriorityPolicy priority;

    public IncidentTracker(IncidentPolicy policy, PriorityPolicy priority) {
        this.policy = policy;
        this.priority = priority;
    }

    public AlertOutcome onAlert(Alert a, IncidentStore store, EventTimers timers) throws Exception {
        long t = a.eventTime();
        List<Incident> held = store.all();
        if (held.stream().anyMatch(inc -> inc.alertIds().contains(a.id()))) {
            return new AlertOutcome(Disposition.DUPLICATE, List.of());
        }
        String incidentClass = policy.classes().classOf(a);
        Incident open = held.stream().filter(inc -> inc.isOpen() && inc.incidentClass().equals(incidentClass))
                .findFirst().orElse(null);
        List<IncidentChange> changes = new ArrayList<>(2);
        // 1. Due, but its timer has not fired: the correlator emits alerts before the watermark that fires it.
        if (open != null && open.dueAt() < t) {
            changes.add(close(open, Incident.Closure.QUIET, open.dueAt(), store, timers));
            open = null;
        }
        // 2. A muted rule is dropped before it can touch any incident.
        Suppression muted = store.suppression(a.ruleId());
        if (muted != null && muted.active(t)) {
            return new AlertOutcome(Disposition.SUPPRESSED, changes);
        } else if (muted != null) {
            store.removeSuppression(a.ruleId());
        }
        // 3. Past the join gap (only possible when the gap is shorter than the quiet period): a new incident.
        if (open != null && t - open.lastTime() > policy.joinGap().toMillis()) {
            changes.add(close(open, Incident.Closure.SUPERSEDED, t, store, timers));
            open = null;
        }
        Priority scored = priority.score(a);
        Incident next;
        Disposition disposition;
        if (open == null) {
            next = Incidents.open(a, incidentClass, scored, policy);
            changes.add(IncidentChange.of(Type.OPENED, next));
            disposition = Disposition.OPENED;
        } else {
            boolean announce = announces(open, a, scored);
            next = Incidents.join(open, a, scored, announce, policy);
            if (announce) {
                changes.add(IncidentChange.of(Type.UPDATED, next));
            }
            disposition = announce ? Disposition.UPDATED : Disposition.ABSORBED;
        }
        store.put(next);
        timers.register(next.dueAt());
        return new AlertOutcome(disposition, changes);
    }

    /** Closes the open incidents due at {@code time}, purges closed ones past retention, drops expired mutes. */
    public List<IncidentChange> onTime(long time, IncidentStore store, EventTimers timers) throws Exception {
        List<Incident> held = store.all();
        held.sort(DUE_ORDER);
        List<IncidentChange> changes = new ArrayList<>(1);
        for (Incident inc : held) {
            if (inc.dueAt() > time) {
                continue;
            }
            if (inc.isOpen()) {
                changes.add(close(inc, Incident.Closure.QUIET, inc.dueAt(), store, timers));
            } else {
                store.remove(inc.id());
            }
        }
        for (Suppression s : store.suppressions()) {
            if (!s.active(time)) {
                store.removeSuppression(s.ruleId());
            }
        }
        return changes;
    }

    /**
     * Applies an operator's decision at event time {@code now} (the operator's watermark: a decision is placed on
     * the event-time line where it reached the job, not at the operator's wall clock, so mutes line up with alerts).
     */
    public FeedbackOutcome onFeedback(OperatorFeedback f, long now, IncidentStore store, EventTimers timers)
            throws Exception {
        Incident inc = store.get(f.incidentId());
        Map<String, String> details = new TreeMap<>();
        if (inc == null) {
            details.put("outcome", "rejected: no such incident held (unknown id, or purged after retention)");
            return new FeedbackOutcome(List.of(), null, AuditRecord.ofFeedback(f, details));
        }
        long at = Math.max(now, inc.lastTime());
        List<IncidentChange> changes = new ArrayList<>(1);
        String outcome = inc.isOpen() ? "" : "recorded; the incident was already closed";
        switch (f.decision()) {
            case ACKNOWLEDGE -> {
                store.put(Incidents.noted(inc, Incidents.note("acknowledged by", f)));
                outcome = "acknowledged";
            }
            case ESCALATE -> {
                if (inc.isOpen()) {
                    Incident next = Incidents.escalate(inc, f, at);
                    store.put(next);
                    changes.add(IncidentChange.of(Type.UPDATED, next));
                    outcome = "escalated to P1";
                }
            }
            case DISMISS_FALSE -> {
                if (inc.isOpen()) {
                    Incident closed = Incidents.close(inc, Incident.Closure.DISMISSED, at,
                            Incidents.note("dismissed as false by", f), policy);
                    store.put(closed);
                    timers.register(closed.dueAt());
                    changes.add(IncidentChange.of(Type.CLOSED, closed));
                    outcome = "cancelled";
                }
                mute(policy.dismissal().after(inc, at), store, timers);
                details.put("mutedRules", String.join(" ", Incidents.alertsByRule(inc).keySet()));
                details.put("mutedUntil", Long.toString(at + policy.dismissal().cooldown().toMillis()));
            }
        }
        details.put("outcome", outcome);
        details.put("zone", inc.zone());
        details.put("alertsByRule", Incidents.alertsByRule(inc).toString());
        DecidedIncident decided = new DecidedIncident(inc.id(), inc.zone(), f.decision(), f.operatorId(), f.time(),
                Incidents.alertsByRule(inc));
        return new FeedbackOutcome(changes, decided, AuditRecord.ofFeedback(f, details));
    }

    private boolean announces(Incident open, Alert a, Priority scored) {
        RuleHit hit = open.rule(a.ruleId());
        if (hit == null || scored.band().moreUrgentThan(open.priority().band())) {
            return true;
        }
        return a.eventTime() - hit.lastNotifiedTime() >= policy.realertCooldown().toMillis();
    }

    private IncidentChange close(Incident inc, Incident.Closure closure, long time, IncidentStore store,
                                 EventTimers timers) throws Exception {
        Incident closed = Incidents.close(inc, closure, time, null, policy);
        store.put(closed);
        timers.register(closed.dueAt());
        if (closure == Incident.Closure.QUIET) {
            // A cooldown longer than the quiet period outlives the incident: its rules stay muted until it ends.
            List<Suppression> cooling = new ArrayList<>();
            for (RuleHit hit : closed.rules()) {
                long until = hit.lastNotifiedTime() + policy.realertCooldown().toMillis();
                if (until > closed.lastMessageTime()) {
                    cooling.add(new Suppression(hit.ruleId(), until, Suppression.Cause.COOLDOWN, closed.id()));
                }
            }
            mute(cooling, store, timers);
        }
        return IncidentChange.of(Type.CLOSED, closed);
    }

    private static void mute(List<Suppression> mutes, IncidentStore store, EventTimers timers) throws Exception {
        for (Suppression s : mutes) {
            Suppression held = store.suppression(s.ruleId());
            if (held == null || held.until() < s.until()) {
                store.put(s);
                timers.register(s.until());
            }
        }
    }
}
