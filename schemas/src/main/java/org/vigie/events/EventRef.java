package org.vigie.events;

/** A pointer to one event that contributed to an alert: enough for an operator or an auditor to find it. */
public record EventRef(String id, SourceKind kind, String sourceId, long eventTime) {

    public static EventRef of(SignalEvent e) {
        return new EventRef(e.id(), e.sourceKind(), e.sourceId(), e.eventTime());
    }
}
