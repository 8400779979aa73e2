package org.vigie.alerts.incidents;

import java.util.Objects;

/**
 * One message about an incident, as the incident operator emits it: the CAP mapper turns it into a CAP alert.
 *
 * @param incidentId  stable id, {@link IncidentIds}
 * @param sequence    1 for OPENED, then one more per message; with the incident id, a stable message id
 * @param time        event time of the change: the triggering alert's, the close time, or the decision's
 * @param incident    the incident's state after the change
 * @param explanation the incident explained in words: rules, values, contributing events, priority reasons
 */
public record IncidentChange(String incidentId, Type type, int sequence, long time, Incident incident,
                             String explanation) {

    public enum Type {
        /** First message: CAP msgType Alert. */
        OPENED,
        /** More evidence, a higher priority or an escalation: CAP msgType Update. */
        UPDATED,
        /** Over (Update with AllClear) or dismissed (Cancel): the last message. */
        CLOSED
    }

    public IncidentChange {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(incident, "incident");
    }

    static IncidentChange of(Type type, Incident incident) {
        return new IncidentChange(incident.id(), type, incident.sequence(), incident.lastMessageTime(), incident,
                Explanation.of(incident));
    }
}
