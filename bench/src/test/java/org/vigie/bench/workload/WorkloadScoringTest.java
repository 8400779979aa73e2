package org.vigie.bench.workload;

import org.junit.jupiter.api.Test;
import org.vigie.alerts.incidents.IncidentClasses;
import org.vigie.alerts.incidents.IncidentIds;
import org.vigie.events.Alert;
import org.vigie.events.EventRef;
import org.vigie.events.SourceKind;
import org.vigie.simulator.GroundTruth;
import org.vigie.simulator.GroundTruth.Type;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scoring rules on hand-made alerts: zone, class and time must all match, and nothing is left out. */
class WorkloadScoringTest {

    private static final long T = 1_772_438_400_000L;
    private static final long MIN = 60_000L;

    private static final GroundTruth DUMPING = new GroundTruth("inc-0001", Type.ILLEGAL_DUMPING, "port", null, T,
            T + 6 * MIN, List.of("cd-1", "do-1", "cr-1"));
    private static final GroundTruth ROAD = new GroundTruth("inc-0002", Type.ROAD_INCIDENT, "gare", "seg-gare-1",
            T, T + 9 * MIN, List.of("te-1", "te-2", "cr-2", "cr-3", "cr-4"));

    private static Alert alert(String id, String rule, String zone, long from, long to, Map<String, String> values) {
        return new Alert(id, rule, 1, zone, Alert.Severity.HIGH, 2, to, from, to, rule,
                List.of(new EventRef("e-" + id, SourceKind.CITIZEN_REPORT, "desk-01", to)), values);
    }

    private static String opened(Alert a) {
        return IncidentIds.of(a.zone(), IncidentClasses.defaults().classOf(a), a.id());
    }

    @Test
    void anAlertIsTrueOnlyForTheSameZoneClassAndTime() {
        Alert corroborated = alert("a1", "dumping-corroborated", "port", T, T + MIN, Map.of());
        Alert confirmed = alert("a2", "dumping-confirmed", "port", T, T + 6 * MIN, Map.of());
        Alert otherZone = alert("a3", "dumping-corroborated", "gare", T, T + MIN, Map.of());
        Alert otherClass = alert("a4", "bus-lane-blocked", "port", T, T + 3 * MIN, Map.of());
        Alert later = alert("a5", "dumping-corroborated", "port", T + 7 * MIN, T + 8 * MIN, Map.of());
        Alert callers = alert("a6", "report-cluster", "gare", T + 2 * MIN, T + 9 * MIN,
                Map.of("serviceCode", "ROAD_ACCIDENT"));
        Alert noisyCallers = alert("a7", "report-cluster", "port", T + 2 * MIN, T + 5 * MIN,
                Map.of("serviceCode", "NOISE"));
        List<Alert> alerts = List.of(corroborated, confirmed, otherZone, otherClass, later, callers, noisyCallers);
        // The job opened one dumping incident (the second dumping alert updated it), one road incident, and one
        // incident for each false alert but the late dumping one, which joined the open dumping incident.
        Set<String> opened = Set.of(opened(corroborated), opened(callers), opened(otherZone), opened(otherClass),
                opened(noisyCallers));

        Scoring.Score s = Scoring.score(alerts, opened, List.of(DUMPING, ROAD));

        assertEquals(7, s.alerts());
        assertEquals(3, s.trueAlerts());
        assertEquals(2, s.detected());
        assertEquals(1.0, s.recall());
        assertEquals(0.429, s.precision());
        assertEquals(1.0, s.openingsPerIncident(), "each incident alerted the operator once");
        assertEquals(1.5, s.alertsPerIncident(), "the dumping incident matched two rules");
        assertEquals(5, s.openings());
        assertEquals(2, s.trueOpenings());
        assertEquals(0, s.unattributed());
        assertEquals(new Scoring.RuleFigures(3, 1), s.byRule().get("dumping-corroborated"));
        assertEquals(new Scoring.RuleFigures(2, 1), s.byRule().get("report-cluster"));
        assertEquals(new Scoring.RuleFigures(1, 0), s.byRule().get("bus-lane-blocked"));
        assertEquals(Map.of(), s.missedByType());
    }

    @Test
    void anIncidentNoAlertMatchesIsMissedAndTwoOpeningsCountTwice() {
        Alert first = alert("b1", "stopped-then-collapse", "gare", T, T + MIN, Map.of());
        Alert second = alert("b2", "report-cluster", "gare", T + 3 * MIN, T + 9 * MIN,
                Map.of("serviceCode", "ROAD_ACCIDENT"));

        Scoring.Score s = Scoring.score(List.of(first, second), Set.of(opened(first), opened(second)),
                List.of(DUMPING, ROAD));

        assertEquals(0.5, s.recall());
        assertEquals(1.0, s.precision());
        assertEquals(2.0, s.openingsPerIncident(), "alerted twice for one road incident");
        assertEquals(Map.of("ILLEGAL_DUMPING", 1), s.missedByType());
        assertEquals(Map.of("ILLEGAL_DUMPING", 1, "ROAD_INCIDENT", 1), s.injectedByType());
    }

    @Test
    void everyInjectedTypeHasAClassSomeRuleRaises() {
        Set<String> raised = Set.of("dumping-corroborated", "dumping-confirmed", "dumping-hotspot",
                "stopped-then-collapse", "collision-congestion", "collision-reported", "wrong-way-camera",
                "wrong-way-reported", "bus-lane-blocked", "abandoned-object", "fight-crowd", "detector-silent",
                "camera-silent");
        IncidentClasses classes = IncidentClasses.defaults();
        for (Type t : Type.values()) {
            Set<String> cls = Scoring.TRUTH_CLASSES.get(t);
            assertEquals(true, raised.stream().anyMatch(r -> cls.contains(classes.classOf(r))), t + " -> " + cls);
        }
    }
}
