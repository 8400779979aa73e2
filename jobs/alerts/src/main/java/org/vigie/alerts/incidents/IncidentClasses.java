package org.vigie.alerts.incidents;

import org.vigie.events.Alert;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Which incident class a rule's alerts belong to. Alerts of one class in one zone group into one incident, so two
 * rules that see the same thing (dumping-corroborated, then dumping-confirmed when the report comes) raise one
 * incident, not two. A rule not listed is its own class (a lookout gets an incident of its own).
 *
 * <p>A key may also name one matched value, {@code rule[field=value]}: it wins over the rule's own key for the alerts
 * that carry that value. For a rule about whatever the callers report, such as report-cluster, {@code
 * report-cluster[serviceCode=ROAD_ACCIDENT] -> ROAD_BLOCKED} would let three calls about a road accident join the
 * road's incident rather than open one of their own.
 *
 * @param byRule rule id (or {@code rule[field=value]}) to class name
 */
public record IncidentClasses(Map<String, String> byRule) implements Serializable {

    public static final String ILLEGAL_DUMPING = "ILLEGAL_DUMPING";
    public static final String ROAD_BLOCKED = "ROAD_BLOCKED";
    public static final String CITIZEN_REPORTS = "CITIZEN_REPORTS";
    public static final String WRONG_WAY = "WRONG_WAY";
    public static final String BUS_LANE_BLOCKED = "BUS_LANE_BLOCKED";
    public static final String ABANDONED_OBJECT = "ABANDONED_OBJECT";
    public static final String CROWD_FIGHT = "CROWD_FIGHT";
    public static final String DEVICE_SILENT = "DEVICE_SILENT";

    public IncidentClasses {
        byRule = Map.copyOf(byRule);
        byRule.forEach((rule, cls) -> {
            if (cls.isBlank()) {
                throw new IllegalArgumentException("rule '" + rule + "' maps to a blank incident class");
            }
        });
    }

    /**
     * The starter and city packs' rules. Every rule that sees an accident on a road (a stop and a collapse, a
     * collision with its callers, a collision with a jam) is ROAD_BLOCKED: one accident, seen several ways, is one
     * incident for the operator.
     */
    public static IncidentClasses defaults() {
        Map<String, String> m = new HashMap<>();
        m.put("dumping-corroborated", ILLEGAL_DUMPING);
        m.put("dumping-confirmed", ILLEGAL_DUMPING);
        m.put("dumping-hotspot", ILLEGAL_DUMPING);
        m.put("stopped-then-collapse", ROAD_BLOCKED);
        m.put("collision-congestion", ROAD_BLOCKED);
        m.put("collision-reported", ROAD_BLOCKED);
        m.put("wrong-way-camera", WRONG_WAY);
        m.put("wrong-way-reported", WRONG_WAY);
        m.put("bus-lane-blocked", BUS_LANE_BLOCKED);
        m.put("abandoned-object", ABANDONED_OBJECT);
        m.put("fight-crowd", CROWD_FIGHT);
        m.put("detector-silent", DEVICE_SILENT);
        m.put("camera-silent", DEVICE_SILENT);
        m.put("report-cluster", CITIZEN_REPORTS);
        // Callers reporting a road accident are one more sign of the road incident, not an incident of their own.
        m.put(valueKey("report-cluster", "serviceCode", "ROAD_ACCIDENT"), ROAD_BLOCKED);
        return new IncidentClasses(m);
    }

    /** The key of a class for the alerts of {@code ruleId} whose matched {@code field} is {@code value}. */
    public static String valueKey(String ruleId, String field, String value) {
        return ruleId + "[" + field + "=" + value + "]";
    }

    public String classOf(String ruleId) {
        return byRule.getOrDefault(ruleId, ruleId);
    }

    /** The class of one alert: a key naming one of its matched values first, then its rule's. */
    public String classOf(Alert a) {
        for (Map.Entry<String, String> v : a.values().entrySet()) {
            String cls = byRule.get(valueKey(a.ruleId(), v.getKey(), v.getValue()));
            if (cls != null) {
                return cls;
            }
        }
        return classOf(a.ruleId());
    }

    /** A copy with {@code ruleId} mapped to {@code incidentClass}. */
    public IncidentClasses with(String ruleId, String incidentClass) {
        Map<String, String> m = new HashMap<>(byRule);
        m.put(ruleId, incidentClass);
        return new IncidentClasses(m);
    }
}
