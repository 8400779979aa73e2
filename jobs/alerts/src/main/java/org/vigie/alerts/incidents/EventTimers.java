package org.vigie.alerts.incidents;

/** Event-time timers of the current zone: Flink's timer service, or a recorder in tests. */
@FunctionalInterface
public interface EventTimers {

    /**
     * Asks for {@link IncidentTracker#onTime} at {@code time}. Never deleted: a timer whose incident moved on finds
     * nothing due and costs one lookup, while deleting it could cancel another incident's timer at the same time.
     */
    void register(long time);
}
