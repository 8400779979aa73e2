package org.vigie.simulator;

import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;
import org.vigie.zones.ZoneMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The three starter rules, by brute force over a whole run, as rule authors were promised them:
 * (a) dumping evidence of 2+ source kinds in a zone within 10 min (evidence: any IDLE vehicle, any
 * DEPOSIT_DETECTED, any ILLEGAL_DUMPING report); (b) STOPPED_VEHICLE then FLOW below 15 km/h on the same segment
 * within 2 min; (c) 3+ reports of one service code in a zone within 15 min. Zones come from positions, as at ingest.
 */
final class RuleOracle {

    enum Rule { DUMPING_CORROBORATED, STOPPED_THEN_SLOW, REPEATED_REPORTS }

    record Match(Rule rule, Set<String> eventIds) {
    }

    private RuleOracle() {
    }

    static List<Match> matches(List<SimEvent> events, ZoneMap map) {
        List<Match> out = new ArrayList<>();
        dumping(events, map, out);
        stoppedThenSlow(events, out);
        repeatedReports(events, map, out);
        return out;
    }

    private static void dumping(List<SimEvent> events, ZoneMap map, List<Match> out) {
        Map<String, List<SignalEvent>> byZone = new HashMap<>();
        for (SimEvent s : events) {
            SignalEvent e = s.event();
            boolean evidence = e instanceof CameraDetection c && c.objectClass() == CameraDetection.ObjectClass.VEHICLE
                    && c.behavior() == CameraDetection.Behavior.IDLE
                    || e instanceof DumpingObservation d && d.kind() == DumpingObservation.Kind.DEPOSIT_DETECTED
                    || e instanceof CitizenReport r && r.serviceCode() == CitizenReport.ServiceCode.ILLEGAL_DUMPING;
            if (evidence) {
                byZone.computeIfAbsent(zone(e, map), z -> new ArrayList<>()).add(e);
            }
        }
        for (List<SignalEvent> zone : byZone.values()) {
            zone.sort(Comparator.comparingLong(SignalEvent::eventTime));
            for (int i = 0; i < zone.size(); i++) {
                long until = zone.get(i).eventTime() + 600_000;
                for (int j = i + 1; j < zone.size() && zone.get(j).eventTime() <= until; j++) {
                    if (zone.get(i).sourceKind() != zone.get(j).sourceKind()) {
                        out.add(new Match(Rule.DUMPING_CORROBORATED, Set.of(zone.get(i).id(), zone.get(j).id())));
                    }
                }
            }
        }
    }

    private static void stoppedThenSlow(List<SimEvent> events, List<Match> out) {
        Map<String, List<TrafficEvent>> stopped = new HashMap<>();
        List<TrafficEvent> slow = new ArrayList<>();
        for (SimEvent s : events) {
            if (s.event() instanceof TrafficEvent t) {
                if (t.kind() == TrafficEvent.Kind.STOPPED_VEHICLE) {
                    stopped.computeIfAbsent(t.segmentId(), k -> new ArrayList<>()).add(t);
                } else if (t.kind() == TrafficEvent.Kind.FLOW && t.speedKmh() != null && t.speedKmh() < 15) {
                    slow.add(t);
                }
            }
        }
        for (TrafficEvent f : slow) {
            for (TrafficEvent s : stopped.getOrDefault(f.segmentId(), List.of())) {
                long dt = f.eventTime() - s.eventTime();
                if (dt >= 0 && dt <= 120_000) {
                    out.add(new Match(Rule.STOPPED_THEN_SLOW, Set.of(s.id(), f.id())));
                }
            }
        }
    }

    private static void repeatedReports(List<SimEvent> events, ZoneMap map, List<Match> out) {
        Map<String, List<CitizenReport>> byZoneAndCode = new HashMap<>();
        for (SimEvent s : events) {
            if (s.event() instanceof CitizenReport r) {
                byZoneAndCode.computeIfAbsent(zone(r, map) + "/" + r.serviceCode(), k -> new ArrayList<>()).add(r);
            }
        }
        for (List<CitizenReport> reports : byZoneAndCode.values()) {
            reports.sort(Comparator.comparingLong(CitizenReport::eventTime));
            for (int i = 0; i + 2 < reports.size(); i++) {
                if (reports.get(i + 2).eventTime() - reports.get(i).eventTime() <= 900_000) {
                    out.add(new Match(Rule.REPEATED_REPORTS,
                            Set.of(reports.get(i).id(), reports.get(i + 1).id(), reports.get(i + 2).id())));
                }
            }
        }
    }

    static String zone(SignalEvent e, ZoneMap map) {
        return map.zoneAt(e.lat(), e.lon()).orElseThrow(() -> new AssertionError(e.id() + " is in no zone")).id();
    }
}
