package org.vigie.alerts.feedback;

import java.util.OptionalDouble;

/**
 * Precision of one rule as operators judged it.
 *
 * @param confirmedAlerts alerts of the rule in incidents acknowledged or escalated
 * @param dismissedAlerts alerts of the rule in incidents dismissed as false
 * @param incidents       decided incidents the rule contributed to
 */
public record RulePrecision(String ruleId, int confirmedAlerts, int dismissedAlerts, int incidents) {

    /** {@code confirmed / (confirmed + dismissed)}, empty while nothing was decided. */
    public OptionalDouble precision() {
        int decided = confirmedAlerts + dismissedAlerts;
        return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) confirmedAlerts / decided);
    }
}
