package org.vigie.bench.workload;

import org.vigie.events.Alert;
import org.vigie.events.EventRef;
import org.vigie.simulator.GroundTruth;
import org.vigie.simulator.GroundTruth.Type;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alerts against the ground truth. An alert is attributable to an injected incident when one of its contributing
 * events is one of the incident's events; an incident is detected when an alert of a rule meant for its type is
 * attributable to it. Alerts attributable to no incident are false alerts, whatever raised them.
 */
final class Scoring {

    /** The rules of the starter and city packs meant for each injected type. */
    static final Map<Type, Set<String>> RULES = rules();

    /**
     * @param alertsPerIncidentRule attributable alerts per (detected incident, rule) pair: above 1 when a rule fires
     *                              more than once on one incident
     */
    record Score(int injected, int detected, long alerts, long attributable, double recall, double precision,
                 double alertsPerIncident, double alertsPerIncidentRule, Map<String, Long> alertsByRule,
                 Map<String, Long> falseAlertsByRule, Map<String, Integer> missedByType) {
    }

    private Scoring() {
    }

    static Score score(List<Alert> alerts, List<GroundTruth> truths) {
        Map<String, GroundTruth> owner = new HashMap<>();
        truths.forEach(g -> g.eventIds().forEach(id -> owner.put(id, g)));
        Map<String, Long> byRule = new TreeMap<>();
        Map<String, Long> falseByRule = new TreeMap<>();
        Set<GroundTruth> detected = new HashSet<>();
        Set<String> incidentRules = new HashSet<>();
        long attributable = 0;
        for (Alert a : alerts) {
            byRule.merge(a.ruleId(), 1L, Long::sum);
            Set<GroundTruth> owners = new HashSet<>();
            for (EventRef e : a.contributing()) {
                GroundTruth g = owner.get(e.id());
                if (g != null) {
                    owners.add(g);
                }
            }
            if (owners.isEmpty()) {
                falseByRule.merge(a.ruleId(), 1L, Long::sum);
                continue;
            }
            attributable++;
            for (GroundTruth g : owners) {
                incidentRules.add(g.incidentId() + " " + a.ruleId());
                if (RULES.get(g.type()).contains(a.ruleId())) {
                    detected.add(g);
                }
            }
        }
        Map<String, Integer> missed = new TreeMap<>();
        truths.stream().filter(g -> !detected.contains(g)).forEach(g -> missed.merge(g.type().name(), 1, Integer::sum));
        return new Score(truths.size(), detected.size(), alerts.size(), attributable,
                ratio(detected.size(), truths.size()), ratio(attributable, alerts.size()),
                ratio(attributable, detected.size()), ratio(attributable, incidentRules.size()), byRule, falseByRule,
                missed);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : Math.round(a / b * 1000) / 1000.0;
    }

    private static Map<Type, Set<String>> rules() {
        Map<Type, Set<String>> m = new EnumMap<>(Type.class);
        m.put(Type.ILLEGAL_DUMPING, Set.of("dumping-corroborated", "dumping-confirmed", "dumping-hotspot"));
        m.put(Type.ROAD_INCIDENT, Set.of("stopped-then-collapse", "report-cluster"));
        m.put(Type.WRONG_WAY, Set.of("wrong-way-camera", "wrong-way-reported"));
        m.put(Type.BUS_LANE_BLOCKED, Set.of("bus-lane-blocked"));
        m.put(Type.COLLISION, Set.of("collision-reported"));
        m.put(Type.BLOCKING_COLLISION, Set.of("collision-congestion"));
        m.put(Type.ABANDONED_OBJECT, Set.of("abandoned-object"));
        m.put(Type.CROWD_FIGHT, Set.of("fight-crowd"));
        m.put(Type.DEVICE_SILENT, Set.of("detector-silent", "camera-silent"));
        for (Type t : Type.values()) {
            if (!m.containsKey(t)) {
                throw new IllegalStateException("no rule is meant for incident type " + t);
            }
        }
        return m;
    }
}
