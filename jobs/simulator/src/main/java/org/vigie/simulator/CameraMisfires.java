package org.vigie.simulator;

import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.ObjectClass;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.SourceKind;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The camera analytics' false triggers ({@link FalseTriggers}): each is one camera's signal, alone, that a rule
 * without corroboration would turn into an alert. A multi-frame one is emitted in one go, frame times ahead; the
 * emission buffer puts them in time order.
 */
final class CameraMisfires {

    private static final long SEC = 1000;

    private final SimContext ctx;
    private final List<Device> cameras;

    CameraMisfires(SimContext ctx) {
        this.ctx = ctx;
        this.cameras = ctx.layout().devices(SourceKind.CAMERA);
    }

    List<Source> sources(SplittableRandom rnd) {
        FalseTriggers f = ctx.config().noise().falseTriggers();
        return List.of(
                source(rnd.split(), f.wrongWayGlitchesPerCameraPerHour(), this::wrongWayGlitch),
                source(rnd.split(), f.wrongWayManoeuvresPerCameraPerHour(), this::manoeuvre),
                source(rnd.split(), f.reservedLaneStopsPerCameraPerHour(), this::reservedLane),
                source(rnd.split(), f.abandonedGlitchesPerCameraPerHour(), this::abandonedGlitch),
                source(rnd.split(), f.bagsPutDownPerCameraPerHour(), this::bagPutDown),
                source(rnd.split(), f.crowdCountsPerCameraPerHour(), (t, r) -> crowd(t, r, 3, 14)),
                source(rnd.split(), f.crowdPeaksPerCameraPerHour(), (t, r) -> crowd(t, r, 15, 30)));
    }

    private PoissonSource source(SplittableRandom rnd, double perCameraPerHour, PoissonSource.Action action) {
        CityConfig c = ctx.config();
        return new PoissonSource(rnd, cameras.size() * perCameraPerHour, c.startMillis(), c.endMillis(), action);
    }

    /** One frame of a passing vehicle flagged WRONG_WAY, on a track of its own. */
    private void wrongWayGlitch(long t, SplittableRandom rnd) {
        vehicleFrames(rnd, pick(rnd), Vehicles.movingType(rnd), Behavior.WRONG_WAY, new long[] {t},
                Events.round(15 + 40 * rnd.nextDouble(), 1));
    }

    /** Reversing out of a parking space or turning round: 2-3 frames of one track at walking pace. */
    private void manoeuvre(long t, SplittableRandom rnd) {
        long[] frames = rnd.nextBoolean() ? new long[] {t, t + rnd.nextLong(2 * SEC, 4 * SEC + 1)}
                : new long[] {t, t + rnd.nextLong(2 * SEC, 4 * SEC + 1), t + rnd.nextLong(5 * SEC, 8 * SEC + 1)};
        vehicleFrames(rnd, pick(rnd), rnd.nextBoolean() ? VehicleType.CAR : VehicleType.VAN, Behavior.WRONG_WAY,
                frames, Events.round(3 + 6 * rnd.nextDouble(), 1));
    }

    /** The bus lane in ordinary use: buses stopping or driving, taxis and vans stopping briefly, cars cutting through. */
    private void reservedLane(long t, SplittableRandom rnd) {
        Device cam = pick(rnd);
        double u = rnd.nextDouble();
        if (u < 0.4) {
            long[] frames = {t, t + rnd.nextLong(30 * SEC, 180 * SEC + 1)};
            vehicleFrames(rnd, cam, VehicleType.BUS, Behavior.RESERVED_LANE, frames, rnd.nextBoolean() ? 0.0 : 20.0);
        } else if (u < 0.8) {
            long[] frames = rnd.nextBoolean() ? new long[] {t} : new long[] {t, t + rnd.nextLong(20 * SEC, 80 * SEC + 1)};
            vehicleFrames(rnd, cam, rnd.nextBoolean() ? VehicleType.CAR : VehicleType.VAN, Behavior.RESERVED_LANE,
                    frames, 0.0);
        } else {
            vehicleFrames(rnd, cam, VehicleType.CAR, Behavior.RESERVED_LANE, new long[] {t},
                    Events.round(15 + 20 * rnd.nextDouble(), 1));
        }
    }

    /** A shadow or a pigeon flagged as an abandoned object on one frame, with low confidence. */
    private void abandonedGlitch(long t, SplittableRandom rnd) {
        objectFrame(pick(rnd), t, Events.round(0.3 + 0.45 * rnd.nextDouble(), 2), Behavior.ABANDONED,
                ctx.ids().nextTrack());
    }

    /** A bag put down and picked up again: ABANDONED on two frames within two minutes, then REMOVED. */
    private void bagPutDown(long t, SplittableRandom rnd) {
        Device cam = pick(rnd);
        String track = ctx.ids().nextTrack();
        long again = t + rnd.nextLong(30 * SEC, 100 * SEC + 1);
        double likelihood = Events.round(0.6 + 0.35 * rnd.nextDouble(), 2);
        objectFrame(cam, t, likelihood, Behavior.ABANDONED, track);
        objectFrame(cam, again, likelihood, Behavior.ABANDONED, track);
        objectFrame(cam, again + rnd.nextLong(10 * SEC, 30 * SEC + 1), likelihood, Behavior.REMOVED, track);
    }

    /** One crowd-counter frame of {@code min..max} people. */
    private void crowd(long t, SplittableRandom rnd, int min, int max) {
        double likelihood = Events.round(0.6 + 0.35 * rnd.nextDouble(), 2);
        ctx.emit(Events.camera(ctx.ids().next(SourceKind.CAMERA), pick(rnd), t, ObjectClass.HUMAN, likelihood, null,
                Behavior.CROWD, null, rnd.nextInt(min, max + 1), null), null);
    }

    private void vehicleFrames(SplittableRandom rnd, Device cam, VehicleType type, Behavior behavior, long[] frames,
                               double speed) {
        String[] brandModel = Vehicles.brandModel(type, rnd);
        String colour = Vehicles.colour(rnd);
        String track = ctx.ids().nextTrack();
        for (long f : frames) {
            double likelihood = Events.round(0.5 + 0.45 * rnd.nextDouble(), 2);
            ctx.emit(Events.vehicle(ctx.ids().next(SourceKind.CAMERA), cam, f, likelihood, type, brandModel, colour,
                    behavior, speed, track), null);
        }
    }

    private void objectFrame(Device cam, long t, double likelihood, Behavior behavior, String track) {
        ctx.emit(Events.camera(ctx.ids().next(SourceKind.CAMERA), cam, t, ObjectClass.OBJECT, likelihood, null,
                behavior, 0.0, null, track), null);
    }

    private Device pick(SplittableRandom rnd) {
        return cameras.get(rnd.nextInt(cameras.size()));
    }
}
