package org.vigie.bench.perf;

import org.vigie.correlate.CompiledRule;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;

import java.util.ArrayList;
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
        try (CorrelationEngine engine = new CorrelationEngine()) {
            long d0 = System.nanoTime();
            rules.forEach(engine::deploy);
            double deploySeconds = (System.nanoTime() - d0) / 1e9;
            List<Alert> alerts = new ArrayList<>();
            long t0 = System.nanoTime();
            long cpu0 = JobTimer.threadCpuNanos();
            long now = 0;
            for (SignalEvent e : ordered) {
                if (e.eventTime() > now) {
                    now = e.eventTime();
                    engine.advanceTime(now);
                    alerts.addAll(engine.drainAlerts());
                }
                engine.send(e);
            }
            engine.advanceTime(now + END_HORIZON_MS);
            alerts.addAll(engine.drainAlerts());
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (JobTimer.threadCpuNanos() - cpu0) / 1e9;
            return new Result(ordered.size(), deploySeconds, seconds, cpuSeconds, alerts);
        }
    }
}
