package org.vigie.rules.tooling;

import java.util.List;
import org.vigie.correlate.CompiledRule;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.correlate.ReleaseOrder;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;

/**
 * Runs compiled rules over recorded events as fast as one engine goes: events in the job's release order (event
 * time, then source kind, then id), the clock advanced to each event before it is sent, the rules deployed at the
 * first event's time (they start cold there, as a rule deployed live does), and time run on by the rules' longest
 * horizon after the last event so time-based matches fire.
 */
final class Backtest {

    private static final int DRAIN_EVERY = 4096;

    private Backtest() {
    }

    /** Sorts {@code events} in place and runs them; alerts are counted, not kept. {@code refused}: for the report. */
    static BacktestReport run(List<CompiledRule> rules, List<SignalEvent> events, long refused, Progress progress) {
        events.sort(ReleaseOrder.EVENTS);
        BacktestReport.Counter counter = new BacktestReport.Counter();
        long horizon = rules.stream().mapToLong(CompiledRule::horizonMillis).max().orElse(0);
        long started = System.nanoTime();
        try (CorrelationEngine engine = new CorrelationEngine()) {
            if (!events.isEmpty()) {
                engine.advanceTime(events.get(0).eventTime());
            }
            rules.forEach(engine::deploy);
            int n = 0;
            for (SignalEvent event : events) {
                engine.advanceTime(event.eventTime());
                engine.send(event);
                if (++n % DRAIN_EVERY == 0) {
                    engine.drainAlerts().forEach(counter::add);
                }
                progress.update(n);
            }
            if (!events.isEmpty()) {
                engine.advanceTime(events.get(events.size() - 1).eventTime() + horizon);
            }
            List<Alert> last = engine.drainAlerts();
            last.forEach(counter::add);
            progress.finish(n);
        }
        long elapsedNanos = System.nanoTime() - started;
        return counter.report(rules.stream().map(CompiledRule::id).sorted().toList(), events, refused, elapsedNanos);
    }
}
