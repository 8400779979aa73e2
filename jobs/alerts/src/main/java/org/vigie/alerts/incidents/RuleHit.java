package org.vigie.alerts.incidents;

import org.vigie.events.Alert;

import java.util.Map;

/**
 * What one rule contributed to an incident.
 *
 * @param alerts           how many of the rule's alerts joined
 * @param lastAlertId      the latest of them
 * @param lastAlertTime    its event time
 * @param lastNotifiedTime event time of the last message this rule's alert triggered (the re-alert cooldown's start)
 * @param values           the latest alert's matched values
 */
public record RuleHit(String ruleId, int ruleVersion, Alert.Severity severity, String description, int alerts,
                      String lastAlertId, long lastAlertTime, long lastNotifiedTime, Map<String, String> values) {

    public RuleHit {
        values = Map.copyOf(values);
        description = description == null ? "" : description;
    }

    static RuleHit first(Alert a, long notifiedTime) {
        return new RuleHit(a.ruleId(), a.ruleVersion(), a.severity(), a.description(), 1, a.id(), a.eventTime(),
                notifiedTime, a.values());
    }

    RuleHit plus(Alert a, long notifiedTime) {
        return new RuleHit(ruleId, Math.max(ruleVersion, a.ruleVersion()), a.severity(), a.description(),
                alerts + 1, a.id(), Math.max(lastAlertTime, a.eventTime()), notifiedTime, a.values());
    }
}
