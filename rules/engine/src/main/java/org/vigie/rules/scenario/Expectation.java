package org.vigie.rules.scenario;

import org.vigie.events.Alert;

/**
 * Expects exactly {@code count} alerts of {@code rule}, in {@code zone} and with {@code priority} when those are
 * given ({@code null} matches any).
 */
public record Expectation(String rule, String zone, Integer priority, int count) {

    public boolean matches(Alert alert) {
        return alert.ruleId().equals(rule)
                && (zone == null || zone.equals(alert.zone()))
                && (priority == null || priority == alert.priority());
    }

    @Override
    public String toString() {
        return count + " x " + rule + (zone == null ? "" : " zone=" + zone)
                + (priority == null ? "" : " priority=" + priority);
    }
}
