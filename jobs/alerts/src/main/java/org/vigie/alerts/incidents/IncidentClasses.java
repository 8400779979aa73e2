package org.vigie.alerts.incidents;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Which incident class a rule's alerts belong to. Alerts of one class in one zone group into one incident, so two
 * rules that see the same thing (dumping-corroborated, a later dumping-hotspot) raise one incident, not two. A rule
 * not listed is its own class.
 *
 * @param byRule rule id to class name
 */
public record IncidentClasses(Map<String, String> byRule) implements Serializable {

    public static final String ILLEGAL_DUMPING = "ILLEGAL_DUMPING";
    public static final String ROAD_BLOCKED = "ROAD_BLOCKED";
    public static final String CITIZEN_REPORTS = "CITIZEN_REPORTS";

    public IncidentClasses {
        byRule = Map.copyOf(byRule);
        byRule.forEach((rule, cls) -> {
            if (cls.isBlank()) {
                throw new IllegalArgumentException("rule '" + rule + "' maps to a blank incident class");
            }
        });
    }

    /** The starter pack's rules, and dumping-hotspot to come. */
    public static IncidentClasses defaults() {
        return new IncidentClasses(Map.of(
                "dumping-corroborated", ILLEGAL_DUMPING,
                "dumping-hotspot", ILLEGAL_DUMPING,
                "stopped-then-collapse", ROAD_BLOCKED,
                "report-cluster", CITIZEN_REPORTS));
    }

    public String classOf(String ruleId) {
        return byRule.getOrDefault(ruleId, ruleId);
    }

    /** A copy with {@code ruleId} mapped to {@code incidentClass}. */
    public IncidentClasses with(String ruleId, String incidentClass) {
        Map<String, String> m = new HashMap<>(byRule);
        m.put(ruleId, incidentClass);
        return new IncidentClasses(m);
    }
}
