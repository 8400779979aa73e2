package org.vigie.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.events.CameraDetection;
import org.vigie.events.CitizenReport;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each injected incident has exactly the signature promised to rule authors, and nothing else. */
class IncidentSignatureTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void everyIncidentHasExactlyItsSignature(long seed) {
        CityConfig config = Runs.busy(seed, Duration.ofHours(4));
        CitySimulator sim = new CitySimulator(config);
        Runs.Collected run = Runs.collect(sim);
        Map<String, SignalEvent> byId = run.events().stream().map(SimEvent::event)
                .collect(Collectors.toMap(SignalEvent::id, Function.identity()));
        assertEquals(sim.incidentCount(), run.truths().size());
        assertTrue(run.truths().stream().anyMatch(g -> g.type() == GroundTruth.Type.ILLEGAL_DUMPING));
        assertTrue(run.truths().stream().anyMatch(g -> g.type() == GroundTruth.Type.ROAD_INCIDENT));
        for (GroundTruth g : run.truths()) {
            List<SignalEvent> events = g.eventIds().stream().map(byId::get).toList();
            assertTrue(events.stream()
                    .allMatch(e -> e != null && RuleOracle.zone(e, config.zoneMap()).equals(g.zone())), g.toString());
            assertEquals(g.startTime(), events.get(0).eventTime());
            assertEquals(g.endTime(), events.stream().mapToLong(SignalEvent::eventTime).max().orElseThrow());
            assertTrue(g.endTime() < config.endMillis());
            if (g.type() == GroundTruth.Type.ILLEGAL_DUMPING) {
                dumping(g, events, sim.layout());
            } else {
                road(g, events, sim.layout());
            }
        }
        sameZoneIncidentsAreApart(run.truths());
    }

    private static void dumping(GroundTruth g, List<SignalEvent> events, CityLayout layout) {
        assertEquals(3, events.size(), g.toString());
        CameraDetection cam = assertInstanceOf(CameraDetection.class, events.get(0));
        assertEquals(CameraDetection.ObjectClass.VEHICLE, cam.objectClass());
        assertEquals(CameraDetection.Behavior.IDLE, cam.behavior());
        assertTrue(cam.vehicleType() == CameraDetection.VehicleType.VAN
                || cam.vehicleType() == CameraDetection.VehicleType.TRUCK);
        assertTrue(cam.likelihood() >= 0.7 && cam.likelihood() <= 0.99, "likelihood " + cam.likelihood());
        assertEquals(g.zone(), layout.zoneOf(cam.sourceId()));
        DumpingObservation deposit = assertInstanceOf(DumpingObservation.class, events.get(1));
        assertEquals(DumpingObservation.Kind.DEPOSIT_DETECTED, deposit.kind());
        assertEquals(g.zone(), layout.zoneOf(deposit.sourceId()));
        within(deposit, g.startTime(), 30_000, 120_000);
        CitizenReport report = assertInstanceOf(CitizenReport.class, events.get(2));
        assertEquals(CitizenReport.ServiceCode.ILLEGAL_DUMPING, report.serviceCode());
        within(report, g.startTime(), 120_000, 480_000);
        assertEquals(null, g.segmentId());
    }

    private static void road(GroundTruth g, List<SignalEvent> events, CityLayout layout) {
        assertEquals(5, events.size(), g.toString());
        assertTrue(g.segmentId().startsWith("seg-" + g.zone() + "-"), g.segmentId());
        TrafficEvent stopped = assertInstanceOf(TrafficEvent.class, events.get(0));
        assertEquals(TrafficEvent.Kind.STOPPED_VEHICLE, stopped.kind());
        assertEquals(g.segmentId(), stopped.segmentId());
        List<TrafficEvent> flows = events.stream().filter(e -> e instanceof TrafficEvent t
                && t.kind() == TrafficEvent.Kind.FLOW).map(TrafficEvent.class::cast).toList();
        assertEquals(1, flows.size());
        TrafficEvent slow = flows.get(0);
        assertEquals(g.segmentId(), slow.segmentId());
        assertTrue(slow.speedKmh() < 15, "speed " + slow.speedKmh());
        within(slow, g.startTime(), 20_000, 90_000);
        assertTrue(layout.segments().get(g.segmentId()).stream().anyMatch(d -> d.id().equals(slow.sourceId())));
        List<CitizenReport> reports = events.stream().filter(CitizenReport.class::isInstance)
                .map(CitizenReport.class::cast).toList();
        assertEquals(3, reports.size());
        for (CitizenReport r : reports) {
            assertEquals(CitizenReport.ServiceCode.ROAD_ACCIDENT, r.serviceCode());
            within(r, g.startTime(), 60_000, 600_000);
        }
    }

    private static void within(SignalEvent e, long t0, long fromMs, long toMs) {
        long dt = e.eventTime() - t0;
        assertTrue(dt >= fromMs && dt <= toMs, e.id() + " at T+" + dt + " ms, expected " + fromMs + ".." + toMs);
    }

    private static void sameZoneIncidentsAreApart(List<GroundTruth> truths) {
        Map<String, List<GroundTruth>> byZone = new HashMap<>();
        truths.forEach(g -> byZone.computeIfAbsent(g.zone(), z -> new ArrayList<>()).add(g));
        for (List<GroundTruth> zone : byZone.values()) {
            zone.sort(Comparator.comparingLong(GroundTruth::startTime));
            for (int i = 1; i < zone.size(); i++) {
                long gap = zone.get(i).startTime() - zone.get(i - 1).endTime();
                assertTrue(gap >= 30 * 60_000L, zone.get(i - 1).incidentId() + " -> " + zone.get(i).incidentId());
            }
        }
    }

}
