package org.vigie.correlate;

import java.util.concurrent.atomic.LongAdder;

/**
 * What every replay in this JVM has done, for benchmarks on a local cluster (where all subtasks share one JVM).
 * On a real cluster read the operator's metrics instead.
 */
public final class ReplayStats {

    private static final LongAdder EVENTS = new LongAdder();
    private static final LongAdder NANOS = new LongAdder();
    private static final LongAdder REPLAYS = new LongAdder();

    private ReplayStats() {
    }

    static void record(long events, long nanos) {
        EVENTS.add(events);
        NANOS.add(nanos);
        REPLAYS.increment();
    }

    public static long replays() {
        return REPLAYS.sum();
    }

    public static long events() {
        return EVENTS.sum();
    }

    public static double seconds() {
        return NANOS.sum() / 1e9;
    }

    public static void reset() {
        EVENTS.reset();
        NANOS.reset();
        REPLAYS.reset();
    }
}
