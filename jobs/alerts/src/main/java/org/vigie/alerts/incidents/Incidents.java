package org.vigie.alerts.incidents;

import org.vigie.alerts.feedback.OperatorFeedback;
import org.vigie.alerts.priority.Priority;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The transitions of an {@link Incident}: pure functions from one immutable state to the next. */
final class Incidents {

    // Same order and identity as the correlator's: two refs are one event iff (eventTime, kind, id) are equal.
    private static final Comparator<EventRef> EVENT_ORDER = Comparator.comparingLong(EventRef::eventTime)
            .thenComparing(EventRef::kind)
            .thenComparing(EventRef::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private Incidents() {
    }

    static Incident open(Alert a, String incidentClass, Priority priority, IncidentPolicy policy) {
        long t = a.eventTime();
        return new Incident(IncidentIds.of(a.zone(), incidentClass, a.id()), incidentClass, a.zone(),
                Incident.Status.OPEN, null, 1, priority, Math.min(a.windowStart(), t), t, 1, List.of(a.id()),
                List.of(RuleHit.first(a, t)), merge(List.of(), a.contributing(), policy.maxContributing()),
                List.of(t), t + policy.quietPeriod().toMillis(), "");
    }

    /** {@code inc} with {@code a} joined; a new message (sequence + 1) if {@code announce}. */
    static Incident join(Incident inc, Alert a, Priority scored, boolean announce, IncidentPolicy policy) {
        long t = a.eventTime();
        long last = Math.max(inc.lastTime(), t);
        RuleHit hit = inc.rule(a.ruleId());
        List<RuleHit> rules = new ArrayList<>(inc.rules());
        if (hit == null) {
            rules.add(RuleHit.first(a, t));
        } else {
            rules.set(rules.indexOf(hit), hit.plus(a, announce ? t : hit.lastNotifiedTime()));
        }
        List<String> ids = new ArrayList<>(inc.alertIds());
        ids.add(a.id());
        if (ids.size() > policy.maxAlertIds()) {
            ids = ids.subList(ids.size() - policy.maxAlertIds(), ids.size());
        }
        List<Long> times = announce ? append(inc.messageTimes(), t) : inc.messageTimes();
        return new Incident(inc.id(), inc.incidentClass(), inc.zone(), inc.status(), null,
                inc.sequence() + (announce ? 1 : 0), scored.raises(inc.priority()) ? scored : inc.priority(),
                Math.min(inc.firstTime(), a.windowStart()), last, inc.alertCount() + 1, ids, rules,
                merge(inc.contributing(), a.contributing(), policy.maxContributing()), times,
                last + policy.quietPeriod().toMillis(), inc.note());
    }

    static Incident close(Incident inc, Incident.Closure closure, long time, String note, IncidentPolicy policy) {
        long sent = Math.max(time, inc.lastMessageTime());
        return new Incident(inc.id(), inc.incidentClass(), inc.zone(), Incident.Status.CLOSED, closure,
                inc.sequence() + 1, inc.priority(), inc.firstTime(), inc.lastTime(), inc.alertCount(),
                inc.alertIds(), inc.rules(), inc.contributing(), append(inc.messageTimes(), sent),
                sent + policy.closedRetention().toMillis(), note == null ? inc.note() : note);
    }

    static Incident escalate(Incident inc, OperatorFeedback f, long time) {
        long sent = Math.max(time, inc.lastMessageTime());
        return new Incident(inc.id(), inc.incidentClass(), inc.zone(), inc.status(), inc.closure(),
                inc.sequence() + 1, inc.priority().escalated(f.operatorId(), f.reason()), inc.firstTime(),
                inc.lastTime(), inc.alertCount(), inc.alertIds(), inc.rules(), inc.contributing(),
                append(inc.messageTimes(), sent), inc.dueAt(), note("escalated to P1 by", f));
    }

    /** {@code inc} with an operator's note and no new message. */
    static Incident noted(Incident inc, String note) {
        return new Incident(inc.id(), inc.incidentClass(), inc.zone(), inc.status(), inc.closure(), inc.sequence(),
                inc.priority(), inc.firstTime(), inc.lastTime(), inc.alertCount(), inc.alertIds(), inc.rules(),
                inc.contributing(), inc.messageTimes(), inc.dueAt(), note);
    }

    /** Alerts per rule, for precision. */
    static Map<String, Integer> alertsByRule(Incident inc) {
        Map<String, Integer> out = new LinkedHashMap<>();
        inc.rules().forEach(h -> out.put(h.ruleId(), h.alerts()));
        return out;
    }

    static String note(String action, OperatorFeedback f) {
        return action + " operator " + f.operatorId() + (f.reason().isBlank() ? "" : ": " + f.reason());
    }

    private static List<EventRef> merge(List<EventRef> held, List<EventRef> more, int max) {
        TreeSet<EventRef> all = new TreeSet<>(EVENT_ORDER);
        all.addAll(held);
        all.addAll(more);
        List<EventRef> out = new ArrayList<>(all);
        return out.size() <= max ? out : out.subList(out.size() - max, out.size());
    }

    private static List<Long> append(List<Long> times, long t) {
        List<Long> out = new ArrayList<>(times.size() + 1);
        out.addAll(times);
        out.add(t);
        return out;
    }
}
