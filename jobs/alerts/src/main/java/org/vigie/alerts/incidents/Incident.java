package org.vigie.alerts.incidents;

import org.vigie.alerts.priority.Priority;
import org.vigie.events.EventRef;

import java.util.List;
import java.util.Objects;

/**
 * The state of one incident: what a control room sees, and what its next message needs.
 *
 * @param closure       why it closed; null while open
 * @param sequence      number of the last message announced: 1 for the opening Alert, then 2, 3, ...
 * @param priority      the highest priority any of its alerts scored (or P1 once escalated)
 * @param firstTime     event time of its earliest evidence (the first alert's window start)
 * @param lastTime      event time of its latest alert
 * @param alertCount    every alert that joined, including absorbed re-alerts
 * @param alertIds      the latest {@code maxAlertIds} alert ids, oldest first
 * @param rules         one entry per rule, in first-seen order
 * @param contributing  distinct contributing events by event time, the latest {@code maxContributing}
 * @param messageTimes  event time ("sent") of messages 1..sequence, so later ones can reference them
 * @param dueAt         while open: when it closes if no alert comes (lastTime + quiet period); once closed: when it
 *                      is purged from state
 * @param note          the latest operator action, e.g. "dismissed as false by op-17: delivery van"; may be empty
 */
public record Incident(String id, String incidentClass, String zone, Status status, Closure closure, int sequence,
                       Priority priority, long firstTime, long lastTime, int alertCount, List<String> alertIds,
                       List<RuleHit> rules, List<EventRef> contributing, List<Long> messageTimes, long dueAt,
                       String note) {

    public enum Status { OPEN, CLOSED }

    public enum Closure {
        /** No alert for the quiet period: the situation is over. */
        QUIET,
        /** An operator dismissed it as a false positive. */
        DISMISSED,
        /** An alert came after the join gap but before the quiet period ended: a new incident took over. */
        SUPERSEDED
    }

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(priority, "priority");
        alertIds = List.copyOf(alertIds);
        rules = List.copyOf(rules);
        contributing = List.copyOf(contributing);
        messageTimes = List.copyOf(messageTimes);
        note = note == null ? "" : note;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public RuleHit rule(String ruleId) {
        for (RuleHit hit : rules) {
            if (hit.ruleId().equals(ruleId)) {
                return hit;
            }
        }
        return null;
    }

    /** Event time of the latest message. */
    public long lastMessageTime() {
        return messageTimes.isEmpty() ? lastTime : messageTimes.get(messageTimes.size() - 1);
    }
}
