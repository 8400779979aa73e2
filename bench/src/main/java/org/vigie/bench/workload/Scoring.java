package org.vigie.bench.workload;

import org.vigie.alerts.incidents.IncidentClasses;
import org.vigie.alerts.incidents.IncidentIds;
import org.vigie.events.Alert;
import org.vigie.simulator.GroundTruth;
import org.vigie.simulator.GroundTruth.Type;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Alerts against the injected ground truth. An alert is true when it matches an injected incident: the same zone,
 * the same incident class (the alert's class is the job's own mapping, {@link IncidentClasses#defaults()}; the
 * incident's are {@link #TRUTH_CLASSES}), and its match window overlaps the incident's time span. Every other alert is
 * false, whatever raised it; no rule and no incident is left out. An incident is detected when at least one alert
 * matches it.
 *
 * <p>The operator is alerted once per incident the job opens (a CAP Alert); the alerts that join an open incident
 * update it. An opening is attributed to the alert that opened it: the job's incident id is derived from zone,
 * class and that alert's id ({@link IncidentIds#of}).
 */
final class Scoring {

    /**
     * The incident classes an injected incident of each type is: the class of the rules meant to detect it, and for
     * a road incident also CITIZEN_REPORTS, because its signature is three callers reporting the accident (the
     * simulator's contract), which is what report-cluster reports.
     */
    static final Map<Type, Set<String>> TRUTH_CLASSES = truthClasses();

    /** Per rule: alerts, and how many matched an injected incident. */
    record RuleFigures(long alerts, long trueAlerts) {
        long falseAlerts() {
            return alerts - trueAlerts;
        }
    }

    /**
     * @param trueAlerts          alerts that match an injected incident
     * @param openings            incidents the job opened (operator alerts, CAP msgType Alert)
     * @param trueOpenings        openings by an alert that matches an injected incident
     * @param unattributed        openings no committed alert accounts for (0 unless the outputs disagree)
     * @param openingsPerIncident true openings per detected incident: how often the operator is alerted per incident
     * @param alertsPerIncident   true alerts per detected incident: how many rule matches one incident makes
     */
    record Score(int injected, int detected, long alerts, long trueAlerts, long openings, long trueOpenings,
                 long unattributed, double recall, double precision, double openingsPerIncident,
                 double alertsPerIncident, double openingPrecision, Map<String, RuleFigures> byRule,
                 Map<String, Integer> injectedByType, Map<String, Integer> missedByType) {

        Map<String, Object> byRuleJson() {
            Map<String, Object> m = new TreeMap<>();
            byRule.forEach((rule, f) -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("alerts", f.alerts());
                r.put("true", f.trueAlerts());
                r.put("false", f.falseAlerts());
                r.put("precision", ratio(f.trueAlerts(), f.alerts()));
                m.put(rule, r);
            });
            return m;
        }
    }

    private Scoring() {
    }

    static Score score(List<Alert> alerts, Set<String> openedIncidentIds, List<GroundTruth> truths) {
        IncidentClasses classes = IncidentClasses.defaults();
        Map<String, List<GroundTruth>> byZone = new HashMap<>();
        truths.forEach(g -> byZone.computeIfAbsent(g.zone(), z -> new ArrayList<>()).add(g));
        Map<String, long[]> byRule = new TreeMap<>();
        Map<GroundTruth, Integer> openingsOf = new HashMap<>();
        long trueAlerts = 0;
        long matches = 0; // alert-incident pairs: an alert that matches two incidents counts for each
        long trueOpenings = 0;
        long attributedOpenings = 0;
        for (Alert a : alerts) {
            String cls = classes.classOf(a);
            boolean opened = openedIncidentIds.contains(IncidentIds.of(a.zone(), cls, a.id()));
            attributedOpenings += opened ? 1 : 0;
            List<GroundTruth> matched = byZone.getOrDefault(a.zone(), List.of()).stream()
                    .filter(g -> TRUTH_CLASSES.get(g.type()).contains(cls) && overlaps(a, g)).toList();
            long[] r = byRule.computeIfAbsent(a.ruleId(), k -> new long[2]);
            r[0]++;
            matched.forEach(g -> openingsOf.merge(g, opened ? 1 : 0, Integer::sum));
            matches += matched.size();
            if (!matched.isEmpty()) {
                r[1]++;
                trueAlerts++;
                trueOpenings += opened ? 1 : 0;
            }
        }
        Map<String, RuleFigures> rules = new TreeMap<>();
        byRule.forEach((rule, r) -> rules.put(rule, new RuleFigures(r[0], r[1])));
        Map<String, Integer> injected = new TreeMap<>();
        Map<String, Integer> missed = new TreeMap<>();
        for (GroundTruth g : truths) {
            injected.merge(g.type().name(), 1, Integer::sum);
            if (!openingsOf.containsKey(g)) {
                missed.merge(g.type().name(), 1, Integer::sum);
            }
        }
        int detected = openingsOf.size();
        long openingsOfDetected = openingsOf.values().stream().mapToLong(Integer::longValue).sum();
        return new Score(truths.size(), detected, alerts.size(), trueAlerts, openedIncidentIds.size(), trueOpenings,
                openedIncidentIds.size() - attributedOpenings, ratio(detected, truths.size()),
                ratio(trueAlerts, alerts.size()), ratio(openingsOfDetected, detected),
                ratio(matches, detected),
                ratio(trueOpenings, openedIncidentIds.size()), rules, injected, missed);
    }

    /**
     * The alert's match window (first to last contributing event) and the incident's span (first to last event;
     * for a silent device, its last event to the start of the silence) share at least one instant.
     */
    static boolean overlaps(Alert a, GroundTruth g) {
        long from = Math.min(a.windowStart(), a.eventTime());
        long to = Math.max(a.windowEnd(), a.eventTime());
        return from <= g.endTime() && to >= g.startTime();
    }

    static double ratio(double a, double b) {
        return b == 0 ? 0 : Math.round(a / b * 1000) / 1000.0;
    }

    private static Map<Type, Set<String>> truthClasses() {
        Map<Type, Set<String>> m = new EnumMap<>(Type.class);
        m.put(Type.ILLEGAL_DUMPING, Set.of(IncidentClasses.ILLEGAL_DUMPING));
        m.put(Type.ROAD_INCIDENT, Set.of(IncidentClasses.ROAD_BLOCKED, IncidentClasses.CITIZEN_REPORTS));
        m.put(Type.COLLISION, Set.of(IncidentClasses.ROAD_BLOCKED));
        m.put(Type.BLOCKING_COLLISION, Set.of(IncidentClasses.ROAD_BLOCKED));
        m.put(Type.WRONG_WAY, Set.of(IncidentClasses.WRONG_WAY));
        m.put(Type.BUS_LANE_BLOCKED, Set.of(IncidentClasses.BUS_LANE_BLOCKED));
        m.put(Type.ABANDONED_OBJECT, Set.of(IncidentClasses.ABANDONED_OBJECT));
        m.put(Type.CROWD_FIGHT, Set.of(IncidentClasses.CROWD_FIGHT));
        m.put(Type.DEVICE_SILENT, Set.of(IncidentClasses.DEVICE_SILENT));
        for (Type t : Type.values()) {
            if (!m.containsKey(t)) {
                throw new IllegalStateException("no incident class for injected type " + t);
            }
        }
        return m;
    }
}
