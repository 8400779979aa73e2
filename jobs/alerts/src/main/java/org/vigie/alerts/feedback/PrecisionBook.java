package org.vigie.alerts.feedback;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per-rule precision from operator decisions, counted over the alerts of the decided incidents: an incident of three
 * alerts of rule A and one of rule B, dismissed as false, adds 3 dismissed alerts to A and 1 to B.
 *
 * <p>Only an incident's latest decision counts (an acknowledged incident later dismissed counts as dismissed), so the
 * book keeps the latest decision per incident. Not thread-safe; one instance per owner.
 */
public final class PrecisionBook {

    private final Map<String, DecidedIncident> latest = new HashMap<>();
    private final Map<String, int[]> counts = new HashMap<>();

    /** Counts {@code d}, replacing an earlier decision on the same incident; an older one than held is ignored. */
    public void record(DecidedIncident d) {
        DecidedIncident previous = latest.get(d.incidentId());
        if (previous != null) {
            if (previous.time() > d.time()) {
                return;
            }
            add(previous, -1);
        }
        latest.put(d.incidentId(), d);
        add(d, +1);
    }

    /** The rule's precision; zero counts for a rule never decided. */
    public RulePrecision precision(String ruleId) {
        int[] c = counts.getOrDefault(ruleId, new int[3]);
        return new RulePrecision(ruleId, c[0], c[1], c[2]);
    }

    /** Every rule decided so far, by rule id. */
    public Map<String, RulePrecision> all() {
        Map<String, RulePrecision> out = new TreeMap<>();
        counts.keySet().forEach(rule -> out.put(rule, precision(rule)));
        return out;
    }

    public int decidedIncidents() {
        return latest.size();
    }

    private void add(DecidedIncident d, int sign) {
        for (Map.Entry<String, Integer> e : d.alertsByRule().entrySet()) {
            int[] c = counts.computeIfAbsent(e.getKey(), k -> new int[3]);
            c[d.decision().confirms() ? 0 : 1] += sign * e.getValue();
            c[2] += sign;
        }
    }
}
