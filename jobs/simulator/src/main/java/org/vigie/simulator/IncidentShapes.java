package org.vigie.simulator;

import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.ObjectClass;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.CitizenReport.ServiceCode;
import org.vigie.events.SourceKind;
import org.vigie.events.TrafficEvent;
import org.vigie.simulator.GroundTruth.Type;
import org.vigie.simulator.PlannedIncident.Silence;
import org.vigie.simulator.PlannedIncident.Step;
import org.vigie.zones.Zone;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** The incident types beyond the starter pack's, with the exact signatures documented on {@link GroundTruth.Type}. */
final class IncidentShapes {

    static final List<Type> TYPES = List.of(Type.WRONG_WAY, Type.BUS_LANE_BLOCKED, Type.COLLISION,
            Type.BLOCKING_COLLISION, Type.ABANDONED_OBJECT, Type.CROWD_FIGHT, Type.DEVICE_SILENT);

    private static final long SEC = 1000;
    private static final long MIN = 60 * SEC;

    private final CityLayout layout;
    private final SplittableRandom rnd;
    private final int fleet;

    IncidentShapes(CityLayout layout, SplittableRandom rnd, int fleet) {
        this.layout = layout;
        this.rnd = rnd;
        this.fleet = fleet;
    }

    /** The longest an incident of {@code type} lasts, so it ends inside the run (a silence: until it is noticed). */
    static long spanMs(Type type) {
        return switch (type) {
            case WRONG_WAY, BLOCKING_COLLISION -> 4 * MIN;
            case COLLISION -> 6 * MIN;
            case BUS_LANE_BLOCKED -> 8 * MIN;
            case DEVICE_SILENT -> 20 * MIN;
            default -> 10 * MIN;
        };
    }

    /** How far into the run an incident may start: a device goes silent only after it has said something. */
    static long earliestMs(Type type) {
        return type == Type.DEVICE_SILENT ? 5 * MIN : 0;
    }

    boolean eligible(Type type, String zone) {
        int cams = layout.devices(SourceKind.CAMERA, zone).size();
        int detectors = layout.devices(SourceKind.TRAFFIC, zone).size();
        return switch (type) {
            case ILLEGAL_DUMPING -> cams > 0 && !layout.devices(SourceKind.DUMPING_SENSOR, zone).isEmpty();
            case ROAD_INCIDENT, COLLISION, BLOCKING_COLLISION -> detectors > 0;
            case WRONG_WAY -> cams > 0 && detectors > 0;
            case BUS_LANE_BLOCKED, ABANDONED_OBJECT, CROWD_FIGHT -> cams > 0;
            case DEVICE_SILENT -> cams > 1 || detectors > 1;
        };
    }

    String needs(Type type) {
        return switch (type) {
            case ILLEGAL_DUMPING -> "a camera and a dumping sensor";
            case ROAD_INCIDENT, COLLISION, BLOCKING_COLLISION -> "a traffic detector";
            case WRONG_WAY -> "a camera and a traffic detector";
            case BUS_LANE_BLOCKED, ABANDONED_OBJECT, CROWD_FIGHT -> "a camera";
            case DEVICE_SILENT -> "two cameras or two traffic detectors";
        };
    }

    PlannedIncident build(Type type, String id, Zone zone, long t) {
        return switch (type) {
            case WRONG_WAY -> rnd.nextBoolean() ? wrongWayCamera(id, zone, t) : wrongWayRoad(id, zone, t);
            case BUS_LANE_BLOCKED -> busLane(id, zone, t);
            case COLLISION -> collision(id, zone, t);
            case BLOCKING_COLLISION -> blockingCollision(id, zone, t);
            case ABANDONED_OBJECT -> abandoned(id, zone, t);
            case CROWD_FIGHT -> crowdFight(id, zone, t);
            case DEVICE_SILENT -> silence(id, zone, t);
            case ILLEGAL_DUMPING, ROAD_INCIDENT -> throw new IllegalArgumentException("planned elsewhere: " + type);
        };
    }

    private PlannedIncident wrongWayCamera(String id, Zone zone, long t) {
        Device cam = pick(layout.devices(SourceKind.CAMERA, zone.id()));
        VehicleType type = rnd.nextDouble() < 0.8 ? VehicleType.CAR
                : rnd.nextBoolean() ? VehicleType.VAN : VehicleType.MOTORCYCLE;
        String[] brandModel = Vehicles.brandModel(type, rnd);
        String colour = Vehicles.colour(rnd);
        String plate = rnd.nextBoolean() ? Vehicles.plate(rnd, fleet) : null;
        double speed = Events.round(25 + 45 * rnd.nextDouble(), 1);
        List<Long> frames = new ArrayList<>(List.of(t, t + rnd.nextLong(2 * SEC, 6 * SEC + 1)));
        if (rnd.nextBoolean()) {
            frames.add(t + rnd.nextLong(6 * SEC + 1, 12 * SEC + 1));
        }
        List<Step> steps = new ArrayList<>();
        for (long f : frames) {
            double likelihood = Events.round(0.7 + 0.29 * rnd.nextDouble(), 2);
            steps.add(new Step(f, SourceKind.CAMERA, eid -> Events.vehicle(eid, cam, f, likelihood, type, brandModel,
                    colour, Behavior.WRONG_WAY, speed, "trk-" + id), plate));
        }
        return incident(id, Type.WRONG_WAY, zone, null, steps, Set.of());
    }

    private PlannedIncident wrongWayRoad(String id, Zone zone, long t) {
        Device det = pick(layout.devices(SourceKind.TRAFFIC, zone.id()));
        long report = t + rnd.nextLong(MIN, 4 * MIN + 1);
        List<Step> steps = List.of(
                new Step(t, SourceKind.TRAFFIC, eid -> Events.traffic(eid, det, t, TrafficEvent.Kind.WRONG_WAY, null,
                        null), null),
                reportStep(report, zone, Placement.pointIn(zone, layout.zoneMap(), rnd), ServiceCode.WRONG_WAY_DRIVER,
                        "A car is driving the wrong way"));
        return incident(id, Type.WRONG_WAY, zone, det.segmentId(), steps, Set.of(ServiceCode.WRONG_WAY_DRIVER));
    }

    private PlannedIncident busLane(String id, Zone zone, long t) {
        Device cam = pick(layout.devices(SourceKind.CAMERA, zone.id()));
        VehicleType type = rnd.nextDouble() < 0.7 ? VehicleType.CAR : VehicleType.VAN;
        String[] brandModel = Vehicles.brandModel(type, rnd);
        String colour = Vehicles.colour(rnd);
        String plate = rnd.nextBoolean() ? Vehicles.plate(rnd, fleet) : null;
        List<Step> steps = new ArrayList<>();
        for (long f : frames(t, rnd.nextLong(3 * MIN, 8 * MIN + 1), 40 * SEC, 90 * SEC)) {
            double likelihood = Events.round(0.7 + 0.29 * rnd.nextDouble(), 2);
            steps.add(new Step(f, SourceKind.CAMERA, eid -> Events.vehicle(eid, cam, f, likelihood, type, brandModel,
                    colour, Behavior.RESERVED_LANE, 0.0, "trk-" + id), plate));
        }
        return incident(id, Type.BUS_LANE_BLOCKED, zone, null, steps, Set.of());
    }

    private PlannedIncident collision(String id, Zone zone, long t) {
        Device det = pick(layout.devices(SourceKind.TRAFFIC, zone.id()));
        double occupancy = Events.round(0.5 + 0.4 * rnd.nextDouble(), 2);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(t, SourceKind.TRAFFIC, eid -> Events.traffic(eid, det, t, TrafficEvent.Kind.COLLISION,
                null, occupancy), null));
        int reports = rnd.nextBoolean() ? 1 : 2;
        for (int i = 0; i < reports; i++) {
            steps.add(reportStep(t + rnd.nextLong(MIN, 6 * MIN + 1), zone,
                    Placement.pointIn(zone, layout.zoneMap(), rnd), ServiceCode.ROAD_ACCIDENT,
                    "Two cars collided at the junction"));
        }
        return incident(id, Type.COLLISION, zone, det.segmentId(), steps, Set.of(ServiceCode.ROAD_ACCIDENT));
    }

    private PlannedIncident blockingCollision(String id, Zone zone, long t) {
        Device stoppedAt = pick(layout.devices(SourceKind.TRAFFIC, zone.id()));
        List<Device> segment = layout.segments().get(stoppedAt.segmentId());
        Device crashAt = pick(segment);
        Device jamAt = pick(segment);
        long crash = t + rnd.nextLong(10 * SEC, 60 * SEC + 1);
        long jam = t + rnd.nextLong(MIN, 4 * MIN + 1);
        double speed = Events.round(3 + 9 * rnd.nextDouble(), 1);
        double occupancy = Events.round(0.7 + 0.25 * rnd.nextDouble(), 2);
        List<Step> steps = List.of(
                new Step(t, SourceKind.TRAFFIC, eid -> Events.stopped(eid, stoppedAt, t), null),
                new Step(crash, SourceKind.TRAFFIC, eid -> Events.traffic(eid, crashAt, crash,
                        TrafficEvent.Kind.COLLISION, null, occupancy), null),
                new Step(jam, SourceKind.TRAFFIC, eid -> Events.traffic(eid, jamAt, jam, TrafficEvent.Kind.CONGESTION,
                        speed, occupancy), null));
        return incident(id, Type.BLOCKING_COLLISION, zone, stoppedAt.segmentId(), steps, Set.of());
    }

    private PlannedIncident abandoned(String id, Zone zone, long t) {
        Device cam = pick(layout.devices(SourceKind.CAMERA, zone.id()));
        List<Step> steps = new ArrayList<>();
        for (long f : frames(t, rnd.nextLong(5 * MIN, 10 * MIN + 1), MIN, 2 * MIN)) {
            double likelihood = Events.round(0.65 + 0.33 * rnd.nextDouble(), 2);
            steps.add(new Step(f, SourceKind.CAMERA, eid -> Events.camera(eid, cam, f, ObjectClass.OBJECT, likelihood,
                    null, Behavior.ABANDONED, 0.0, null, "trk-" + id), null));
        }
        Set<ServiceCode> codes = Set.of();
        if (rnd.nextBoolean()) {
            steps.add(reportStep(t + rnd.nextLong(2 * MIN, 10 * MIN + 1), zone, near(cam, zone, 55),
                    ServiceCode.ABANDONED_OBJECT, "A suitcase left alone for a while"));
            codes = Set.of(ServiceCode.ABANDONED_OBJECT);
        }
        return incident(id, Type.ABANDONED_OBJECT, zone, null, steps, codes);
    }

    private PlannedIncident crowdFight(String id, Zone zone, long t) {
        Device cam = pick(layout.devices(SourceKind.CAMERA, zone.id()));
        List<Step> steps = new ArrayList<>();
        int people = rnd.nextInt(18, 31);
        for (long f : frames(t, 10 * MIN, 30 * SEC, 60 * SEC)) {
            int count = people;
            double likelihood = Events.round(0.7 + 0.25 * rnd.nextDouble(), 2);
            steps.add(new Step(f, SourceKind.CAMERA, eid -> Events.camera(eid, cam, f, ObjectClass.HUMAN, likelihood,
                    null, Behavior.CROWD, null, count, null), null));
            people = Math.max(18, Math.min(45, people + rnd.nextInt(-4, 7)));
        }
        ServiceCode code = rnd.nextInt(3) == 0 ? ServiceCode.CROWD : ServiceCode.FIGHT;
        int reports = rnd.nextBoolean() ? 1 : 2;
        for (int i = 0; i < reports; i++) {
            steps.add(reportStep(t + rnd.nextLong(MIN, 6 * MIN + 1), zone, near(cam, zone, 60), code,
                    code == ServiceCode.FIGHT ? "People fighting outside the bar" : "A crowd is pushing on the square"));
        }
        return incident(id, Type.CROWD_FIGHT, zone, null, steps, Set.of(code));
    }

    private PlannedIncident silence(String id, Zone zone, long t) {
        List<Device> cams = layout.devices(SourceKind.CAMERA, zone.id());
        List<Device> detectors = layout.devices(SourceKind.TRAFFIC, zone.id());
        boolean camera = detectors.size() < 2 || cams.size() > 1 && rnd.nextBoolean();
        Device device = pick(camera ? cams : detectors);
        long until = t + rnd.nextLong(20 * MIN, 40 * MIN + 1);
        return new PlannedIncident(id, Type.DEVICE_SILENT, zone.id(), device.segmentId(), t, t, List.of(), Set.of(),
                new Silence(device.id(), t, until));
    }

    /** Frames from {@code t} at the given spacing, the last one exactly at {@code t + span}. */
    private List<Long> frames(long t, long span, long minGap, long maxGap) {
        List<Long> out = new ArrayList<>();
        for (long f = t; f < t + span; f += rnd.nextLong(minGap, maxGap + 1)) {
            out.add(f);
        }
        out.add(t + span);
        return out;
    }

    private Step reportStep(long at, Zone zone, double[] where, ServiceCode code, String text) {
        Device desk = pick(layout.devices(SourceKind.CITIZEN_REPORT));
        return new Step(at, SourceKind.CITIZEN_REPORT, eid -> Events.report(eid, desk, at, where, code, text), null);
    }

    /** A caller's position within about {@code metres} of a device (a box), inside its zone; else the device's. */
    private double[] near(Device d, Zone zone, double metres) {
        for (int i = 0; i < 20; i++) {
            double lat = Math.round((d.lat() + (2 * rnd.nextDouble() - 1) * metres / 111_000) * 1e6) / 1e6;
            double lon = Math.round((d.lon() + (2 * rnd.nextDouble() - 1) * metres / 80_000) * 1e6) / 1e6;
            if (layout.zoneMap().zoneAt(lat, lon).map(z -> z.id().equals(zone.id())).orElse(false)) {
                return new double[] {lat, lon};
            }
        }
        return new double[] {d.lat(), d.lon()};
    }

    private static PlannedIncident incident(String id, Type type, Zone zone, String segmentId, List<Step> steps,
                                            Set<ServiceCode> codes) {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort(Comparator.comparingLong(Step::time));
        return new PlannedIncident(id, type, zone.id(), segmentId, sorted.get(0).time(),
                sorted.get(sorted.size() - 1).time(), sorted, codes);
    }

    private Device pick(List<Device> devices) {
        return devices.get(rnd.nextInt(devices.size()));
    }
}
