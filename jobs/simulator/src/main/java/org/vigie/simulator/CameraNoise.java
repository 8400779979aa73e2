package org.vigie.simulator;

import org.vigie.events.CameraDetection.Behavior;
import org.vigie.events.CameraDetection.ObjectClass;
import org.vigie.events.CameraDetection.VehicleType;
import org.vigie.events.SourceKind;

import java.util.List;
import java.util.SplittableRandom;

/** What cameras see when nothing is wrong: passers-by, and vehicles stopping briefly at the kerb. */
final class CameraNoise {

    private final SimContext ctx;
    private final List<Device> cameras;

    CameraNoise(SimContext ctx) {
        this.ctx = ctx;
        this.cameras = ctx.layout().devices(SourceKind.CAMERA);
    }

    List<Source> sources(SplittableRandom moving, SplittableRandom idle) {
        CityConfig c = ctx.config();
        NoiseLevels n = c.noise();
        return List.of(
                new PoissonSource(moving, cameras.size() * n.detectionsPerCameraPerMinute() * 60,
                        c.startMillis(), c.endMillis(), this::moving),
                new PoissonSource(idle, cameras.size() * n.idleVehiclesPerCameraPerHour(),
                        c.startMillis(), c.endMillis(), this::idle));
    }

    private void moving(long t, SplittableRandom rnd) {
        Device cam = cameras.get(rnd.nextInt(cameras.size()));
        double u = rnd.nextDouble();
        String id = ctx.ids().next(SourceKind.CAMERA);
        String track = ctx.ids().nextTrack();
        if (u < 0.6) {
            VehicleType type = Vehicles.movingType(rnd);
            double likelihood = Events.round(0.55 + 0.44 * rnd.nextDouble(), 2);
            double speed = Events.round(15 + 40 * rnd.nextDouble(), 1);
            ctx.emit(Events.vehicle(id, cam, t, likelihood, type, Vehicles.brandModel(type, rnd),
                    Vehicles.colour(rnd), Behavior.MOVING, speed, track), plate(rnd));
            return;
        }
        ObjectClass cls = u < 0.9 ? ObjectClass.HUMAN : u < 0.98 ? ObjectClass.BICYCLE : ObjectClass.ANIMAL;
        double speed = switch (cls) {
            case BICYCLE -> 8 + 17 * rnd.nextDouble();
            case ANIMAL -> 2 + 10 * rnd.nextDouble();
            default -> 2 + 4.5 * rnd.nextDouble();
        };
        double likelihood = Events.round(0.5 + 0.49 * rnd.nextDouble(), 2);
        ctx.emit(Events.object(id, cam, t, cls, likelihood, Events.round(speed, 1), track), null);
    }

    private void idle(long t, SplittableRandom rnd) {
        Device cam = cameras.get(rnd.nextInt(cameras.size()));
        VehicleType type = Vehicles.idleType(rnd);
        String[] brandModel = Vehicles.brandModel(type, rnd);
        String colour = Vehicles.colour(rnd);
        double likelihood = Events.round(0.55 + 0.43 * rnd.nextDouble(), 2);
        String plate = plate(rnd);
        if (ctx.guard().allowDumping(cam.zone(), NoiseGuard.Dumping.IDLE_VEHICLE, t)) {
            ctx.emit(Events.vehicle(ctx.ids().next(SourceKind.CAMERA), cam, t, likelihood, type, brandModel, colour,
                    Behavior.IDLE, 0.0, ctx.ids().nextTrack()), plate);
        }
    }

    private String plate(SplittableRandom rnd) {
        return rnd.nextDouble() < ctx.config().noise().plateReadShare() ? Vehicles.plate(rnd, ctx.fleet()) : null;
    }
}
