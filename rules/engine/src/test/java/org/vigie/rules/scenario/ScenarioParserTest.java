package org.vigie.rules.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;

class ScenarioParserTest {

    @Test
    void readsEventsExpectationsAndDefaults() {
        List<Scenario> scenarios = ScenarioParser.parse("s.scenarios.yaml", """
                scenarios:
                  - name: one
                    start: 2026-06-01T10:00:00Z
                    given:
                      - {at: 1m30s, type: CameraDetection, zone: port, sourceId: cam-9, objectClass: VEHICLE, behavior: IDLE, vehicleType: VAN, likelihood: 0.9, speedKmh: 0}
                      - {at: 2m, type: CitizenReport, zone: port, serviceCode: ILLEGAL_DUMPING}
                    expect:
                      - {rule: dumping-corroborated, zone: port, priority: 2}
                    expect_none: [report-cluster]
                  - name: two
                    given:
                      - {at: 0s, type: DumpingObservation, zone: port, kind: DEPOSIT_DETECTED}
                """);
        assertEquals(2, scenarios.size());
        Scenario one = scenarios.get(0);
        long start = Instant.parse("2026-06-01T10:00:00Z").toEpochMilli();
        assertEquals(new CameraDetection("cam-1", "cam-9", start + 90_000, 0.0, 0.0, "port",
                CameraDetection.ObjectClass.VEHICLE, 0.9, CameraDetection.VehicleType.VAN, null, null, null,
                CameraDetection.Behavior.IDLE, 0.0, null, null, null, null), one.given().get(0).event());
        assertEquals(90_000, one.given().get(0).offsetMillis());
        assertEquals(new CitizenReport("report-2", "report-src", start + 120_000, 0.0, 0.0, "port",
                CitizenReport.ServiceCode.ILLEGAL_DUMPING, null, CitizenReport.Status.OPEN, null),
                one.given().get(1).event());
        assertEquals(List.of(new Expectation("dumping-corroborated", "port", 2, 1)), one.expect());
        assertEquals(List.of("report-cluster"), one.expectNone());
        assertEquals(ScenarioParser.DEFAULT_START, scenarios.get(1).start());
    }

    @Test
    void anUnknownFieldIsAnErrorNamingIt() {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioParser.parse("s.yaml", """
                scenarios:
                  - name: typo
                    given:
                      - {at: 0s, type: TrafficEvent, zone: ring, kind: FLOW, segmentId: S1}
                      - {at: 1s, type: TrafficEvent, zone: ring, kind: FLOW, segment: S1}
                """));
        assertEquals("s.yaml, scenario 'typo', given #2: unknown field 'segment' for TrafficEvent (fields: id,"
                + " sourceId, lat, lon, zone, kind, segmentId, lane, speedKmh, flow, occupancy)", e.getMessage());
    }

    @Test
    void badValuesAreErrorsNamingTheirField() {
        assertError("{at: 0s, type: CameraDetection, zone: p, objectClass: CAR, behavior: IDLE}",
                "s.yaml, scenario 'x', given #1: field 'objectClass' must be one of [HUMAN, VEHICLE, BICYCLE,"
                        + " ANIMAL, LICENSE_PLATE, OBJECT], got 'CAR'");
        assertError("{at: 0s, type: TrafficEvent, zone: p, kind: FLOW, segmentId: S1, speedKmh: fast}",
                "s.yaml, scenario 'x', given #1: field 'speedKmh' must be a number, got 'fast'");
        assertError("{at: 0s, type: TrafficEvent, zone: p, kind: FLOW}",
                "s.yaml, scenario 'x', given #1: TrafficEvent needs field 'segmentId'");
        assertError("{at: soon, type: TrafficEvent, zone: p, kind: FLOW, segmentId: S1}",
                "s.yaml, scenario 'x', given #1: 'at' must be a duration like 0s, 90s, 2m, 1h");
        assertError("{at: 0s, type: Drone, zone: p}", "s.yaml, scenario 'x', given #1: 'type' must be one of"
                + " [CameraDetection, DumpingObservation, TrafficEvent, CitizenReport], got 'Drone'");
        assertError("{at: 0s, type: CitizenReport, zone: p, serviceCode: NOISE, eventTime: 5}",
                "s.yaml, scenario 'x', given #1: eventTime is set by 'at', leave it out");
    }

    @Test
    void unknownKeysOfScenariosAndExpectationsAreErrors() {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioParser.parse("s.yaml",
                "scenarios:\n  - name: x\n    given: [{at: 0s, type: CitizenReport, zone: p, serviceCode: NOISE}]\n"
                        + "    expect: [{rule: r, cuont: 2}]\n"));
        assertEquals("s.yaml, scenario 'x', expect #1: unknown key 'cuont' (known: count, priority, rule, zone)",
                e.getMessage());
    }

    @Test
    void durationsReadAndWriteTheSameWay() {
        assertEquals(0, Durations.parse("0s"));
        assertEquals(90_000, Durations.parse("90s"));
        assertEquals(150_000, Durations.parse("2m30s"));
        assertEquals(3_600_250, Durations.parse("1h250ms"));
        assertEquals(-1, Durations.parse("90"));
        assertEquals("2m30s", Durations.format(150_000));
        assertEquals("1h", Durations.format(3_600_000));
    }

    private static void assertError(String given, String message) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioParser.parse("s.yaml",
                "scenarios:\n  - name: x\n    given:\n      - " + given + "\n"));
        assertEquals(message, e.getMessage());
    }
}
