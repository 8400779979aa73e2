package org.vigie.ingest;

import org.apache.flink.api.common.eventtime.TimestampAssigner;
import org.apache.flink.api.common.eventtime.Watermark;
import org.apache.flink.api.common.eventtime.WatermarkGenerator;
import org.apache.flink.api.common.eventtime.WatermarkOutput;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

import java.time.Duration;

/**
 * Bounded out-of-orderness watermarks over accepted events only: a refused record's time cannot be trusted (it may
 * be the very thing that was wrong), so it never moves the watermark.
 */
public final class IngestWatermarks implements WatermarkGenerator<Ingested> {

    private final long outOfOrdernessMs;
    private long maxTime;

    IngestWatermarks(Duration outOfOrderness) {
        this.outOfOrdernessMs = outOfOrderness.toMillis();
        this.maxTime = Long.MIN_VALUE + outOfOrdernessMs + 1;
    }

    /** The alignment group of every input source: none reads more than the max drift ahead of the slowest. */
    static final String ALIGNMENT_GROUP = "vigie-inputs";
    private static final Duration ALIGNMENT_UPDATE = Duration.ofSeconds(1);

    /**
     * Per-partition watermarks for one source, with idleness so a quiet partition does not stall the job, and,
     * when {@code maxDrift} is positive, aligned with the other inputs' watermarks.
     */
    public static WatermarkStrategy<Ingested> strategy(Duration outOfOrderness, Duration idleness,
                                                       Duration maxDrift) {
        WatermarkStrategy<Ingested> s = WatermarkStrategy.forGenerator(ctx -> new IngestWatermarks(outOfOrderness));
        s = s.withTimestampAssigner(ctx -> timestamps()).withIdleness(idleness);
        return maxDrift.isZero() ? s : s.withWatermarkAlignment(ALIGNMENT_GROUP, maxDrift, ALIGNMENT_UPDATE);
    }

    private static TimestampAssigner<Ingested> timestamps() {
        return (record, kafkaTimestamp) -> record instanceof Ingested.Accepted a ? a.event().eventTime()
                : kafkaTimestamp;
    }

    @Override
    public void onEvent(Ingested record, long timestamp, WatermarkOutput output) {
        if (record instanceof Ingested.Accepted) {
            maxTime = Math.max(maxTime, timestamp);
        }
    }

    @Override
    public void onPeriodicEmit(WatermarkOutput output) {
        output.emitWatermark(new Watermark(maxTime - outOfOrdernessMs - 1));
    }
}
