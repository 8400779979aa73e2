package org.vigie.simulator;

import org.vigie.events.SourceKind;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Traffic detectors on ordinary days: one FLOW a minute each (at a per-detector second), speeds 30-60 km/h around a
 * per-segment base, a share of readings lost on the way, and stopped vehicles that clear before traffic slows. Noise
 * flow never drops below 30 km/h.
 */
final class TrafficNoise {

    static final long FLOW_PERIOD_MS = 60_000;
    static final double MIN_SPEED = 30;
    static final double MAX_SPEED = 60;

    private final SimContext ctx;
    private final List<Device> detectors;
    private final Map<String, Double> baseSpeed = new HashMap<>();

    TrafficNoise(SimContext ctx, SplittableRandom init) {
        this.ctx = ctx;
        this.detectors = ctx.layout().devices(SourceKind.TRAFFIC);
        for (Device d : detectors) {
            baseSpeed.computeIfAbsent(d.segmentId(), s -> MIN_SPEED + (MAX_SPEED - MIN_SPEED) * init.nextDouble());
        }
    }

    /** @param drops decides which readings are lost, apart from {@code flow} so the readings stay what they were */
    List<Source> sources(SplittableRandom flow, SplittableRandom stopped, SplittableRandom drops) {
        CityConfig c = ctx.config();
        return List.of(new FlowSource(flow, drops),
                new PoissonSource(stopped, detectors.size() * c.noise().stoppedVehiclesPerDetectorPerDay() / 24,
                        c.startMillis(), c.endMillis(), this::stopped));
    }

    private void stopped(long t, SplittableRandom rnd) {
        Device det = detectors.get(rnd.nextInt(detectors.size()));
        if (ctx.guard().allowStoppedVehicle(det.zone(), t)) {
            ctx.emit(Events.stopped(ctx.ids().next(SourceKind.TRAFFIC), det, t), null);
        }
    }

    /** Every detector once a period, at its own fixed offset into the period: one source instead of one each. */
    private final class FlowSource implements Source {

        private final SplittableRandom rnd;
        private final SplittableRandom drops;
        private final double dropShare;
        private final int[] order;
        private final long[] offset;
        private long periodStart;
        private int k;

        FlowSource(SplittableRandom rnd, SplittableRandom drops) {
            this.rnd = rnd;
            this.drops = drops;
            this.dropShare = ctx.config().noise().falseTriggers().droppedReadingShare();
            long[] phase = new long[detectors.size()];
            for (int i = 0; i < phase.length; i++) {
                phase[i] = rnd.nextLong(FLOW_PERIOD_MS);
            }
            this.order = IntStream.range(0, phase.length).boxed()
                    .sorted((a, b) -> phase[a] != phase[b] ? Long.compare(phase[a], phase[b]) : Integer.compare(a, b))
                    .mapToInt(Integer::intValue).toArray();
            this.offset = Arrays.stream(order).mapToLong(i -> phase[i]).toArray();
            this.periodStart = ctx.config().startMillis();
        }

        @Override
        public long nextTime() {
            if (order.length == 0) {
                return Long.MAX_VALUE;
            }
            long t = periodStart + offset[k];
            return t < ctx.config().endMillis() ? t : Long.MAX_VALUE;
        }

        @Override
        public void fire() {
            Device det = detectors.get(order[k]);
            double speed = baseSpeed.get(det.segmentId()) + 10 * (rnd.nextDouble() - 0.5);
            speed = Events.round(Math.max(MIN_SPEED, Math.min(MAX_SPEED, speed)), 1);
            int flow = rnd.nextInt(3, 31);
            double occupancy = Events.round(0.03 + 0.3 * rnd.nextDouble(), 2);
            if (dropShare == 0 || drops.nextDouble() >= dropShare) {
                ctx.emit(Events.flow(ctx.ids().next(SourceKind.TRAFFIC), det, nextTime(), speed, flow, occupancy),
                        null);
            }
            if (++k == order.length) {
                k = 0;
                periodStart += FLOW_PERIOD_MS;
            }
        }
    }
}
