package org.vigie.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.events.CameraDetection;
import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CitizenReport;
import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.SignalEvent;
import org.vigie.events.TrafficEvent;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The incident types beyond the starter pack's, amid all the background: each has exactly the signature documented
 * on {@link GroundTruth.Type}, and none of them, nor any false trigger, forms a starter rule's signature.
 */
class IncidentMixTest {

    private static final long SEC = 1000;
    private static final long MIN = 60 * SEC;

    @ParameterizedTest
    @ValueSource(longs = {1, 2})
    void everyIncidentHasItsSignatureAndTheStarterContractHolds(long seed) {
        CityConfig config = Runs.everything(seed, Duration.ofHours(4));
        CitySimulator sim = new CitySimulator(config);
        Runs.Collected run = Runs.collect(sim);
        Map<String, SignalEvent> byId = run.events().stream().map(SimEvent::event)
                .collect(Collectors.toMap(SignalEvent::id, Function.identity()));
        assertEquals(sim.incidentCount(), run.truths().size());
        Set<GroundTruth.Type> seen = EnumSet.noneOf(GroundTruth.Type.class);
        for (GroundTruth g : run.truths()) {
            seen.add(g.type());
            List<SignalEvent> events = g.eventIds().stream().map(byId::get).toList();
            assertTrue(events.stream().allMatch(e -> e != null
                    && RuleOracle.zone(e, config.zoneMap()).equals(g.zone())), g.toString());
            assertTrue(g.endTime() < config.endMillis(), g.toString());
            Signatures.check(g, events, sim.layout());
            if (g.type() == GroundTruth.Type.DEVICE_SILENT) {
                silentAfter(g, events.get(0).sourceId(), run.events());
            }
        }
        assertEquals(EnumSet.allOf(GroundTruth.Type.class), seen, "every type injected");

        for (RuleOracle.Match m : RuleOracle.matches(run.events(), config.zoneMap())) {
            List<GroundTruth> owners = run.truths().stream().filter(g -> g.eventIds().containsAll(m.eventIds()))
                    .toList();
            assertEquals(1, owners.size(), "starter signature on noise or across incidents: " + m);
            assertTrue(owners.get(0).type() == GroundTruth.Type.ILLEGAL_DUMPING
                    || owners.get(0).type() == GroundTruth.Type.ROAD_INCIDENT, m + " in " + owners.get(0));
        }
    }

    /** The device of an outage sends nothing for at least 20 minutes from the outage's start. */
    private static void silentAfter(GroundTruth g, String device, List<SimEvent> events) {
        assertTrue(events.stream().noneMatch(e -> e.event().sourceId().equals(device)
                && e.time() >= g.endTime() && e.time() < g.endTime() + 20 * MIN), g.toString());
        assertTrue(g.endTime() - g.startTime() <= 2 * MIN, "its last event came shortly before: " + g);
    }

    /** Per-type signature checks, one method each. */
    private static final class Signatures {

        static void check(GroundTruth g, List<SignalEvent> e, CityLayout layout) {
            switch (g.type()) {
                case WRONG_WAY -> wrongWay(g, e);
                case BUS_LANE_BLOCKED -> oneTrack(g, e, Behavior.RESERVED_LANE, 3 * MIN, 8 * MIN);
                case COLLISION -> collision(g, e);
                case BLOCKING_COLLISION -> blocking(g, e, layout);
                case ABANDONED_OBJECT -> abandoned(g, e);
                case CROWD_FIGHT -> crowdFight(g, e);
                case DEVICE_SILENT -> assertEquals(1, e.size(), g.toString());
                case ILLEGAL_DUMPING, ROAD_INCIDENT -> assertTrue(e.size() == 3 || e.size() == 5, g.toString());
            }
        }

        static void wrongWay(GroundTruth g, List<SignalEvent> e) {
            if (g.segmentId() == null) {
                assertTrue(e.size() == 2 || e.size() == 3, g.toString());
                oneTrack(g, e, Behavior.WRONG_WAY, 2 * SEC, 12 * SEC);
                e.forEach(x -> assertTrue(((CameraDetection) x).speedKmh() >= 25, g.toString()));
            } else {
                assertEquals(TrafficEvent.Kind.WRONG_WAY, assertInstanceOf(TrafficEvent.class, e.get(0)).kind());
                report(e.get(1), ServiceCode.WRONG_WAY_DRIVER, g.startTime(), MIN, 4 * MIN);
            }
        }

        static void collision(GroundTruth g, List<SignalEvent> e) {
            TrafficEvent crash = assertInstanceOf(TrafficEvent.class, e.get(0));
            assertEquals(TrafficEvent.Kind.COLLISION, crash.kind());
            assertEquals(g.segmentId(), crash.segmentId());
            assertTrue(e.size() == 2 || e.size() == 3, g.toString());
            e.subList(1, e.size()).forEach(r -> report(r, ServiceCode.ROAD_ACCIDENT, g.startTime(), MIN, 6 * MIN));
        }

        static void blocking(GroundTruth g, List<SignalEvent> e, CityLayout layout) {
            assertEquals(List.of(TrafficEvent.Kind.STOPPED_VEHICLE, TrafficEvent.Kind.COLLISION,
                    TrafficEvent.Kind.CONGESTION).stream().sorted().toList(),
                    e.stream().map(x -> ((TrafficEvent) x).kind()).sorted().toList());
            assertTrue(e.stream().allMatch(x -> ((TrafficEvent) x).segmentId().equals(g.segmentId())));
            assertTrue(layout.segments().containsKey(g.segmentId()));
            assertTrue(g.endTime() - g.startTime() <= 4 * MIN, g.toString());
        }

        static void abandoned(GroundTruth g, List<SignalEvent> e) {
            List<SignalEvent> frames = e.stream().filter(CameraDetection.class::isInstance).toList();
            oneTrack(g, frames, Behavior.ABANDONED, 5 * MIN, 10 * MIN);
            frames.forEach(f -> assertTrue(((CameraDetection) f).likelihood() >= 0.65, g.toString()));
            e.stream().filter(CitizenReport.class::isInstance)
                    .forEach(r -> report(r, ServiceCode.ABANDONED_OBJECT, g.startTime(), 2 * MIN, 10 * MIN));
            assertTrue(e.size() - frames.size() <= 1, g.toString());
        }

        static void crowdFight(GroundTruth g, List<SignalEvent> e) {
            List<CameraDetection> counts = e.stream().filter(CameraDetection.class::isInstance)
                    .map(CameraDetection.class::cast).toList();
            assertEquals(1, counts.stream().map(CameraDetection::sourceId).distinct().count(), g.toString());
            assertTrue(counts.stream().allMatch(c -> c.behavior() == Behavior.CROWD && c.objectCount() >= 18));
            assertEquals(10 * MIN, counts.get(counts.size() - 1).eventTime() - counts.get(0).eventTime());
            List<CitizenReport> calls = e.stream().filter(CitizenReport.class::isInstance)
                    .map(CitizenReport.class::cast).toList();
            assertTrue(calls.size() == 1 || calls.size() == 2, g.toString());
            assertEquals(1, calls.stream().map(CitizenReport::serviceCode).distinct().count());
            for (CitizenReport r : calls) {
                assertTrue(r.serviceCode() == ServiceCode.FIGHT || r.serviceCode() == ServiceCode.CROWD);
                report(r, r.serviceCode(), g.startTime(), MIN, 6 * MIN);
                assertTrue(Math.abs(r.lat() - counts.get(0).lat()) < 0.0009
                        && Math.abs(r.lon() - counts.get(0).lon()) < 0.0012, "caller near the camera: " + g);
            }
        }

        /** One camera, one track, one behaviour, the first to the last frame {@code min..max} apart. */
        static void oneTrack(GroundTruth g, List<SignalEvent> e, Behavior behavior, long min, long max) {
            Set<String> cams = new HashSet<>();
            Set<String> tracks = new HashSet<>();
            for (SignalEvent x : e) {
                CameraDetection c = assertInstanceOf(CameraDetection.class, x);
                assertEquals(behavior, c.behavior(), g.toString());
                cams.add(c.sourceId());
                tracks.add(c.trackId());
            }
            assertEquals(1, cams.size(), g.toString());
            assertEquals(1, tracks.size(), g.toString());
            long span = e.get(e.size() - 1).eventTime() - e.get(0).eventTime();
            assertTrue(span >= min && span <= max, g + " spans " + span + " ms");
        }

        static void report(SignalEvent e, ServiceCode code, long t0, long from, long to) {
            CitizenReport r = assertInstanceOf(CitizenReport.class, e);
            assertEquals(code, r.serviceCode());
            long dt = r.eventTime() - t0;
            assertTrue(dt >= from && dt <= to, r.id() + " at T+" + dt);
        }
    }
}
