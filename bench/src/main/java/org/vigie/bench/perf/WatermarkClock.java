package org.vigie.bench.perf;

import java.util.Collection;

/**
 * When, on the wall clock, the job's watermark could first pass an event time, from what was written to its input.
 *
 * <p>A source partition's watermark is its newest event time minus the out-of-orderness bound minus 1 ms
 * ({@code IngestWatermarks}); the correlate operator's watermark is the least of all partitions'. So the watermark
 * passes {@code t} once every partition has been given a record at or after {@code t + outOfOrderness + 1}: the
 * latest of those records' acknowledgements. Everything after that instant (fetching, the periodic watermark
 * emission, processing, the sink, the transaction commit) is latency the job adds.
 */
final class WatermarkClock {

    private final Collection<SplitLog> splits;
    private final long outOfOrdernessMs;

    WatermarkClock(Collection<SplitLog> splits, long outOfOrdernessMs) {
        this.splits = splits;
        this.outOfOrdernessMs = outOfOrdernessMs;
    }

    /** The nanoTime at which the watermark could first reach {@code t}; -1 if the input never got that far. */
    long passes(long t) {
        long latest = -1;
        for (SplitLog s : splits) {
            long ack = s.firstAckAtOrAfter(t + outOfOrdernessMs + 1);
            if (ack < 0) {
                return -1;
            }
            latest = Math.max(latest, ack);
        }
        return latest;
    }
}
