package org.vigie.events;

import java.util.List;
import java.util.Map;

/**
 * One rule match, explained: which rule (and version) fired, where, over which event-time window, on which events,
 * with which matched values.
 *
 * <p>{@code id} is derived from rule id, rule version, zone and match window only, so the same match computed twice
 * (after a replay, on another subtask) has the same id and consumers can deduplicate on it.
 *
 * @param severity    the rule's declared severity
 * @param priority    1 (act now) to 4 (informational)
 * @param eventTime   event time of the alert: the end of its match window
 * @param windowStart event time of the earliest contributing event
 * @param windowEnd   event time of the latest contributing event
 * @param values      the rule's selected scalar values, as text, by column name
 */
public record Alert(
        String id,
        String ruleId,
        int ruleVersion,
        String zone,
        Severity severity,
        int priority,
        long eventTime,
        long windowStart,
        long windowEnd,
        String description,
        List<EventRef> contributing,
        Map<String, String> values) {

    public Alert {
        contributing = List.copyOf(contributing);
        values = Map.copyOf(values);
    }

    public enum Severity {
        LOW(4), MEDIUM(3), HIGH(2), CRITICAL(1);

        private final int basePriority;

        Severity(int basePriority) {
            this.basePriority = basePriority;
        }

        /** The priority band (1..4) a match of this severity gets before any other weighting. */
        public int basePriority() {
            return basePriority;
        }
    }
}
