package org.vigie.alerts.incidents;

import java.io.Serializable;
import java.time.Duration;

/**
 * How alerts group into incidents. All durations are event time.
 *
 * @param classes          rule id to incident class
 * @param joinGap          an alert joins its class's open incident if at most this long after its last alert
 *                         (default 30 min); must not exceed {@code quietPeriod}
 * @param quietPeriod      an incident closes after this long without alerts (default 30 min)
 * @param realertCooldown  per (rule, zone): a re-alert of a rule within this long of the rule's last message is
 *                         absorbed into the incident without a message of its own (default 5 min); if the incident
 *                         closed meanwhile, the re-alert is dropped until the cooldown ends
 * @param dismissal        what an operator's dismissal mutes, and for how long (default 1 h)
 * @param closedRetention  a closed incident stays in state this long so late feedback still finds it (default 24 h)
 * @param maxContributing  contributing events kept per incident, the latest win (default 200)
 * @param maxAlertIds      alert ids kept per incident, the latest win (default 500); the count is always exact
 */
public record IncidentPolicy(IncidentClasses classes, Duration joinGap, Duration quietPeriod,
                             Duration realertCooldown, DismissalCooldown dismissal, Duration closedRetention,
                             int maxContributing, int maxAlertIds) implements Serializable {

    public IncidentPolicy {
        if (!positive(joinGap) || !positive(quietPeriod) || !positive(closedRetention)) {
            throw new IllegalArgumentException("join gap, quiet period and closed retention must be > 0");
        }
        if (joinGap.compareTo(quietPeriod) > 0) {
            throw new IllegalArgumentException("join gap " + joinGap + " exceeds the quiet period " + quietPeriod
                    + ": an incident would close before the alerts meant to join it");
        }
        if (realertCooldown.isNegative()) {
            throw new IllegalArgumentException("re-alert cooldown must be >= 0");
        }
        if (maxContributing < 1 || maxAlertIds < 1) {
            throw new IllegalArgumentException("maxContributing and maxAlertIds must be >= 1");
        }
    }

    public static IncidentPolicy defaults() {
        return new IncidentPolicy(IncidentClasses.defaults(), Duration.ofMinutes(30), Duration.ofMinutes(30),
                Duration.ofMinutes(5), DismissalCooldown.defaults(), Duration.ofHours(24), 200, 500);
    }

    public IncidentPolicy withClasses(IncidentClasses c) {
        return new IncidentPolicy(c, joinGap, quietPeriod, realertCooldown, dismissal, closedRetention,
                maxContributing, maxAlertIds);
    }

    public IncidentPolicy withTimes(Duration gap, Duration quiet, Duration cooldown) {
        return new IncidentPolicy(classes, gap, quiet, cooldown, dismissal, closedRetention, maxContributing,
                maxAlertIds);
    }

    public IncidentPolicy withDismissal(DismissalCooldown d) {
        return new IncidentPolicy(classes, joinGap, quietPeriod, realertCooldown, d, closedRetention,
                maxContributing, maxAlertIds);
    }

    public IncidentPolicy withClosedRetention(Duration retention) {
        return new IncidentPolicy(classes, joinGap, quietPeriod, realertCooldown, dismissal, retention,
                maxContributing, maxAlertIds);
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }
}
