package org.vigie.bench.perf;

import org.vigie.correlate.CompiledRule;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The engine limit: one Esper runtime ({@link CorrelationEngine}) fed events from memory in release order, its
 * clock advanced to each event's time before the event, as the correlate operator does, with no Flink and no Kafka.
 */
final class EsperAlone {

    /** How far past the last event the clock runs at the end, as the correlate operator does at end of input. */
    static final long END_HORIZON_MS = 24L * 3600 * 1000;

    /**
     * One run: the seconds deploying took, the wall-clock and CPU seconds the events took (compiling excluded) and
     * the alerts.
     */
    record Result(long events, double deploySeconds, double seconds, double cpuSeconds, List<Alert> alerts) {
        double eventsPerSecond() {
            return seconds > 0 ? events / seconds : 0;
        }
    }

    private EsperAlone() {
    }

    /** Deploys {@code rules} in a fresh engine and feeds it {@code ordered} (already in release order). */
    static Result run(List<CompiledRule> rules, List<SignalEvent> ordered) {
        return run(rules, List.of(ordered).iterator());
    }

    /**
     * Deploys {@code rules} in a fresh engine and feeds it {@code batches}, each in release order, one after the
     * other in time. Only the feeding is timed, not what produces the batches: the input of a large run is made
     * (simulated, encoded, ingested) batch by batch, so it never has to fit in the heap at once.
     */
    static Result run(List<CompiledRule> rules, Iterator<List<SignalEvent>> batches) {
        try (CorrelationEngine engine = new CorrelationEngine()) {
            long d0 = System.nanoTime();
            rules.forEach(engine::deploy);
            double deploySeconds = (System.nanoTime() - d0) / 1e9;
            List<Alert> alerts = new ArrayList<>();
            long nanos = 0;
            long cpuNanos = 0;
            long events = 0;
            long now = 0;
            while (batches.hasNext()) {
                List<SignalEvent> batch = batches.next();
                long t0 = System.nanoTime();
                long cpu0 = JobTimer.threadCpuNanos();
                for (SignalEvent e : batch) {
                    if (e.eventTime() > now) {
                        now = e.eventTime();
                        engine.advanceTime(now);
                        alerts.addAll(engine.drainAlerts());
                    }
                    engine.send(e);
                }
                nanos += System.nanoTime() - t0;
                cpuNanos += JobTimer.threadCpuNanos() - cpu0;
                events += batch.size();
            }
            long t0 = System.nanoTime();
            long cpu0 = JobTimer.threadCpuNanos();
            engine.advanceTime(now + END_HORIZON_MS);
            alerts.addAll(engine.drainAlerts());
            nanos += System.nanoTime() - t0;
            cpuNanos += JobTimer.threadCpuNanos() - cpu0;
            return new Result(events, deploySeconds, nanos / 1e9, cpuNanos / 1e9, alerts);
        }
    }
}
