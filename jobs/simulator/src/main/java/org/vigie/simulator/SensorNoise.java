package org.vigie.simulator;

import org.vigie.events.DumpingObservation.Kind;
import org.vigie.events.SourceKind;

import java.util.List;
import java.util.SplittableRandom;

/** Waste-container sensors going about their day: fill levels rising, lids opening, the odd false deposit. */
final class SensorNoise {

    /** UCUM's dimensionless unit: FIWARE's fillingLevel is a ratio 0..1. */
    private static final String RATIO = "1";

    private final SimContext ctx;
    private final List<Device> sensors;
    private final double[] fill;

    SensorNoise(SimContext ctx, SplittableRandom init) {
        this.ctx = ctx;
        this.sensors = ctx.layout().devices(SourceKind.DUMPING_SENSOR);
        this.fill = new double[sensors.size()];
        for (int i = 0; i < fill.length; i++) {
            fill[i] = 0.05 + 0.55 * init.nextDouble();
        }
    }

    List<Source> sources(SplittableRandom readings, SplittableRandom deposits) {
        CityConfig c = ctx.config();
        NoiseLevels n = c.noise();
        return List.of(
                new PoissonSource(readings, sensors.size() * n.readingsPerSensorPerHour(),
                        c.startMillis(), c.endMillis(), this::reading),
                new PoissonSource(deposits, sensors.size() * n.falseDepositsPerSensorPerDay() / 24,
                        c.startMillis(), c.endMillis(), this::falseDeposit));
    }

    private void reading(long t, SplittableRandom rnd) {
        int i = rnd.nextInt(sensors.size());
        String id = ctx.ids().next(SourceKind.DUMPING_SENSOR);
        if (rnd.nextDouble() < 0.75) {
            fill[i] += 0.01 + 0.05 * rnd.nextDouble();
            if (fill[i] > 0.95) {
                fill[i] = 0.02 + 0.06 * rnd.nextDouble();
            }
            ctx.emit(Events.dumping(id, sensors.get(i), t, Kind.FILL_LEVEL, Events.round(fill[i], 2), RATIO), null);
        } else {
            ctx.emit(Events.dumping(id, sensors.get(i), t, Kind.LID_OPENED, null, null), null);
        }
    }

    private void falseDeposit(long t, SplittableRandom rnd) {
        Device sensor = sensors.get(rnd.nextInt(sensors.size()));
        if (ctx.guard().allowDumping(sensor.zone(), NoiseGuard.Dumping.DEPOSIT, t)) {
            ctx.emit(Events.dumping(ctx.ids().next(SourceKind.DUMPING_SENSOR), sensor, t, Kind.DEPOSIT_DETECTED,
                    null, null), null);
        }
    }
}
