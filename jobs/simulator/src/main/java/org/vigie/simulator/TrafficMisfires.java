package org.vigie.simulator;

import org.vigie.events.SourceKind;
import org.vigie.events.TrafficEvent.Kind;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Traffic detectors' own classifications on an ordinary day ({@link FalseTriggers}): WRONG_WAY and COLLISION
 * misfires, and CONGESTION readings from rush hour or a lorry unloading. Each comes alone.
 */
final class TrafficMisfires {

    private final SimContext ctx;
    private final List<Device> detectors;

    TrafficMisfires(SimContext ctx) {
        this.ctx = ctx;
        this.detectors = ctx.layout().devices(SourceKind.TRAFFIC);
    }

    List<Source> sources(SplittableRandom rnd) {
        FalseTriggers f = ctx.config().noise().falseTriggers();
        return List.of(
                source(rnd.split(), f.wrongWayPerDetectorPerDay(), (t, r) -> emit(t, r, Kind.WRONG_WAY, null, null)),
                source(rnd.split(), f.collisionsPerDetectorPerDay(),
                        (t, r) -> emit(t, r, Kind.COLLISION, null, Events.round(0.3 + 0.4 * r.nextDouble(), 2))),
                source(rnd.split(), f.congestionPerDetectorPerDay(),
                        (t, r) -> emit(t, r, Kind.CONGESTION, Events.round(8 + 17 * r.nextDouble(), 1),
                                Events.round(0.35 + 0.35 * r.nextDouble(), 2))));
    }

    private PoissonSource source(SplittableRandom rnd, double perDetectorPerDay, PoissonSource.Action action) {
        CityConfig c = ctx.config();
        return new PoissonSource(rnd, detectors.size() * perDetectorPerDay / 24, c.startMillis(), c.endMillis(),
                action);
    }

    private void emit(long t, SplittableRandom rnd, Kind kind, Double speed, Double occupancy) {
        Device det = detectors.get(rnd.nextInt(detectors.size()));
        ctx.emit(Events.traffic(ctx.ids().next(SourceKind.TRAFFIC), det, t, kind, speed, occupancy), null);
    }
}
