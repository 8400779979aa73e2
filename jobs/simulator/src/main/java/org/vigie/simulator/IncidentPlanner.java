package org.vigie.simulator;

import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SourceKind;
import org.vigie.simulator.PlannedIncident.Step;
import org.vigie.zones.Zone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws the injected incidents of a run, with the exact signatures documented on {@link GroundTruth}: the starter
 * pack's two here, the others in {@link IncidentShapes}.
 */
final class IncidentPlanner {

    /** From one incident's last event to the next one's first, in the same zone. */
    static final long SAME_ZONE_GAP_MS = 30 * 60_000L;
    /** The longest an incident lasts (road: last report at T+10 min), so it ends inside the run. */
    private static final long MAX_SPAN_MS = 10 * 60_000L;

    private final CityLayout layout;
    private final SplittableRandom rnd;
    private final int fleet;
    private final IncidentShapes shapes;

    private IncidentPlanner(CityLayout layout, SplittableRandom rnd, int fleet) {
        this.layout = layout;
        this.rnd = rnd;
        this.fleet = fleet;
        this.shapes = new IncidentShapes(layout, rnd, fleet);
    }

    static List<PlannedIncident> plan(CityConfig c, CityLayout layout, SplittableRandom rnd, int fleet) {
        return new IncidentPlanner(layout, rnd, fleet).plan(c);
    }

    private List<PlannedIncident> plan(CityConfig c) {
        long latestStart = c.endMillis() - MAX_SPAN_MS - 1;
        List<long[]> candidates = new ArrayList<>();
        arrivals(GroundTruth.Type.ILLEGAL_DUMPING, c.dumpingIncidentsPerHour(), c.startMillis(), latestStart,
                candidates);
        arrivals(GroundTruth.Type.ROAD_INCIDENT, c.roadIncidentsPerHour(), c.startMillis(), latestStart, candidates);
        for (GroundTruth.Type type : IncidentShapes.TYPES) {
            arrivals(type, c.incidentMix().rate(type), c.startMillis() + IncidentShapes.earliestMs(type),
                    c.endMillis() - IncidentShapes.spanMs(type) - 1, candidates);
        }
        candidates.sort(Comparator.<long[]>comparingLong(a -> a[0]).thenComparingLong(a -> a[1]));
        Map<GroundTruth.Type, List<Zone>> zonesOf = new EnumMap<>(GroundTruth.Type.class);
        for (GroundTruth.Type type : GroundTruth.Type.values()) {
            zonesOf.put(type, c.zoneMap().zones().stream().filter(z -> shapes.eligible(type, z.id())).toList());
            boolean wanted = type == GroundTruth.Type.ILLEGAL_DUMPING ? c.dumpingIncidentsPerHour() > 0
                    : type == GroundTruth.Type.ROAD_INCIDENT ? c.roadIncidentsPerHour() > 0
                    : c.incidentMix().rate(type) > 0;
            if (wanted && zonesOf.get(type).isEmpty()) {
                throw new IllegalArgumentException(type + " incidents need a zone with " + shapes.needs(type));
            }
        }
        Map<String, Long> lastEnd = new HashMap<>();
        List<PlannedIncident> out = new ArrayList<>();
        for (long[] cand : candidates) {
            GroundTruth.Type type = GroundTruth.Type.values()[(int) cand[1]];
            List<Zone> zones = new ArrayList<>(zonesOf.get(type));
            Collections.shuffle(zones, new Random(rnd.nextLong()));
            long t = cand[0];
            // A candidate with no free zone is dropped: a rate above what the map can hold saturates it.
            zones.stream().filter(z -> t >= lastEnd.getOrDefault(z.id(), Long.MIN_VALUE / 2) + SAME_ZONE_GAP_MS)
                    .findFirst().ifPresent(z -> {
                        String id = String.format("inc-%04d", out.size() + 1);
                        PlannedIncident inc = switch (type) {
                            case ILLEGAL_DUMPING -> dumping(id, z, t);
                            case ROAD_INCIDENT -> road(id, z, t);
                            default -> shapes.build(type, id, z, t);
                        };
                        lastEnd.put(z.id(), inc.busyUntil());
                        out.add(inc);
                    });
        }
        return List.copyOf(out);
    }

    private void arrivals(GroundTruth.Type type, double perHour, long from, long to, List<long[]> out) {
        if (perHour <= 0) {
            return;
        }
        double meanGapMs = 3_600_000.0 / perHour;
        for (long t = from + (long) (-StrictMath.log(1 - rnd.nextDouble()) * meanGapMs); t < to;
             t += (long) Math.ceil(-StrictMath.log(1 - rnd.nextDouble()) * meanGapMs)) {
            out.add(new long[] {t, type.ordinal()});
        }
    }

    private PlannedIncident dumping(String id, Zone zone, long t) {
        Device cam = pick(layout.devices(SourceKind.CAMERA, zone.id()));
        Device sensor = pick(layout.devices(SourceKind.DUMPING_SENSOR, zone.id()));
        Device desk = pick(layout.devices(SourceKind.CITIZEN_REPORT));
        VehicleType type = rnd.nextDouble() < 0.7 ? VehicleType.VAN : VehicleType.TRUCK;
        String[] brandModel = Vehicles.brandModel(type, rnd);
        String colour = Vehicles.colour(rnd);
        double likelihood = Events.round(0.70 + 0.29 * rnd.nextDouble(), 2);
        String plate = rnd.nextDouble() < 0.6 ? Vehicles.plate(rnd, fleet) : null;
        String track = "trk-" + id;
        long deposit = t + rnd.nextLong(30_000, 120_001);
        long report = t + rnd.nextLong(120_000, 480_001);
        double[] where = Placement.pointIn(zone, layout.zoneMap(), rnd);
        List<Step> steps = List.of(
                new Step(t, SourceKind.CAMERA, eid -> Events.vehicle(eid, cam, t, likelihood, type, brandModel, colour,
                        Behavior.IDLE, 0.0, track), plate),
                new Step(deposit, SourceKind.DUMPING_SENSOR, eid -> Events.dumping(eid, sensor, deposit,
                        DumpingObservation.Kind.DEPOSIT_DETECTED, null, null), null),
                new Step(report, SourceKind.CITIZEN_REPORT, eid -> Events.report(eid, desk, report, where,
                        ServiceCode.ILLEGAL_DUMPING, "Rubbish dumped from a van on the pavement"), null));
        return new PlannedIncident(id, GroundTruth.Type.ILLEGAL_DUMPING, zone.id(), null, t, report, steps,
                Set.of());
    }

    private PlannedIncident road(String id, Zone zone, long t) {
        List<String> segments = layout.devices(SourceKind.TRAFFIC, zone.id()).stream()
                .map(Device::segmentId).distinct().toList();
        String segment = segments.get(rnd.nextInt(segments.size()));
        List<Device> detectors = layout.segments().get(segment);
        Device stoppedAt = pick(detectors);
        Device slowAt = pick(detectors);
        long slow = t + rnd.nextLong(20_000, 90_001);
        double speed = Events.round(3 + 11.9 * rnd.nextDouble(), 1);
        int flow = rnd.nextInt(0, 6);
        double occupancy = Events.round(0.6 + 0.35 * rnd.nextDouble(), 2);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(t, SourceKind.TRAFFIC, eid -> Events.stopped(eid, stoppedAt, t), null));
        steps.add(new Step(slow, SourceKind.TRAFFIC, eid -> Events.flow(eid, slowAt, slow, speed, flow, occupancy),
                null));
        long[] reports = {t + rnd.nextLong(60_000, 600_001), t + rnd.nextLong(60_000, 600_001),
            t + rnd.nextLong(60_000, 600_001)};
        Arrays.sort(reports);
        for (long r : reports) {
            Device desk = pick(layout.devices(SourceKind.CITIZEN_REPORT));
            double[] where = Placement.pointIn(zone, layout.zoneMap(), rnd);
            steps.add(new Step(r, SourceKind.CITIZEN_REPORT, eid -> Events.report(eid, desk, r, where,
                    ServiceCode.ROAD_ACCIDENT, "Collision, cars blocking the road"), null));
        }
        steps.sort(Comparator.comparingLong(Step::time));
        long end = steps.get(steps.size() - 1).time();
        return new PlannedIncident(id, GroundTruth.Type.ROAD_INCIDENT, zone.id(), segment, t, end, steps,
                Set.of(ServiceCode.ROAD_ACCIDENT));
    }

    private Device pick(List<Device> devices) {
        return devices.get(rnd.nextInt(devices.size()));
    }
}
