package org.vigie.simulator;

import java.util.SplittableRandom;

/**
 * Firings of a Poisson process over [start, end): the superposition of identical per-device processes, so one
 * source serves all devices of a kind and the action picks the device.
 */
final class PoissonSource implements Source {

    interface Action {
        void fire(long time, SplittableRandom rnd);
    }

    private final SplittableRandom rnd;
    private final double ratePerMs;
    private final long end;
    private final Action action;
    private long next;

    PoissonSource(SplittableRandom rnd, double ratePerHour, long start, long end, Action action) {
        this.rnd = rnd;
        this.ratePerMs = ratePerHour / 3_600_000.0;
        this.end = end;
        this.action = action;
        this.next = ratePerMs > 0 ? advance(start) : Long.MAX_VALUE;
    }

    @Override
    public long nextTime() {
        return next;
    }

    @Override
    public void fire() {
        action.fire(next, rnd);
        next = advance(next);
    }

    private long advance(long from) {
        double dt = Math.ceil(-StrictMath.log(1 - rnd.nextDouble()) / ratePerMs);
        return dt < end - from ? from + (long) dt : Long.MAX_VALUE;
    }
}
