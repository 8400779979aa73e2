package org.vigie.alerts.incidents;

import java.io.Serializable;

/**
 * Alerts of {@code ruleId} in this zone are dropped until {@code until} (event time, exclusive).
 *
 * @param incidentId the incident whose close or dismissal set it
 */
public record Suppression(String ruleId, long until, Cause cause, String incidentId) implements Serializable {

    public enum Cause {
        /** The rule's re-alert cooldown outlived the incident's close. */
        COOLDOWN,
        /** An operator dismissed an incident of the rule as false. */
        DISMISSED
    }

    public boolean active(long time) {
        return time < until;
    }
}
