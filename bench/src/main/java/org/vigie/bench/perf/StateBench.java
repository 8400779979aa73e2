package org.vigie.bench.perf;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.vigie.correlate.CorrelateOperator;
import org.vigie.correlate.CorrelationEngine;
import org.vigie.correlate.RuleSet;
import org.vigie.correlate.RuleUpdate;
import org.vigie.events.Alert;
import org.vigie.events.SignalEvent;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vigie bench state}: heap per camera with the job's state populated, for a city of N cameras (default
 * 10,000) and rules with 1-hour windows ({@code /rules/state/}).
 *
 * <p>Method: the correlate operator runs on Flink's keyed (two-input) operator harness with the heap state backend
 * (the job's default), fed the city's events through the real ingest (decoded from their wire bytes, so there are
 * as many strings as in the job) with the watermark the job would have, for as long as the operator retains events
 * plus 15 minutes, so its state is at its steady size. Heap in use after full collections, before and after,
 * divided by the cameras. The same events fed to Esper alone first tell Esper's windows from the operator's replay
 * log.
 */
@Command(name = "state", mixinStandardHelpOptions = true,
        description = "Heap per camera with the correlate operator's state populated (1-hour windows).")
public final class StateBench implements Callable<Integer> {

    static final String STATE_PACK = "classpath:state";

    @Option(names = "--cameras", defaultValue = "10000", description = "Cameras. Default: ${DEFAULT-VALUE}")
    int cameras;

    @Option(names = "--max-event-age", defaultValue = "24h",
            description = "retention.max-event-age of the job (caps the replay log). Default: ${DEFAULT-VALUE}")
    String maxEventAge;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the simulated city. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", description = "Write the figures to this JSON file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        RuleSet rules = RuleSet.load(List.of(STATE_PACK));
        long maxAge = Duration.parse("PT" + maxEventAge.toUpperCase(java.util.Locale.ROOT)).toMillis();
        long horizon = rules.compileRules().stream().mapToLong(r -> r.horizonMillis()).max().orElse(0);
        // As CorrelateOperator.open computes it.
        long retention = Math.min(2 * horizon, maxAge);
        Duration span = Duration.ofMillis(retention).plusMinutes(15);
        CityConfig city = CityConfig.sample(seed).withDevices(cameras, 400, 500, 8)
                .withTime(CityConfig.DEFAULT_START, span);
        VigieConfig config = PerfConfigs.offline();
        Figures f = Figures.of("state").put("cameras", cameras).put("rules", rules.ruleIds())
                .put("rule_horizon_ms", horizon).put("max_event_age_ms", maxAge).put("retention_ms", retention)
                .put("event_time_fed_ms", span.toMillis())
                .put("method", "heap used after full GCs minus the same before feeding: Esper alone, then the"
                        + " correlate operator on Flink's keyed harness (heap state backend)");

        // Esper alone first, on a clean heap; then the operator, which holds Esper's state and its own.
        long esperBytes = esperAlone(rules, city, config, retention);
        Measured op = operator(rules, maxAge, city, config, retention);
        f.put("events_fed", op.counts().fed()).put("events_in_retention", op.counts().inRetention())
                .put("heap_bytes_operator_total", op.bytes())
                .put("heap_mb_operator_total", op.bytes() / 1e6)
                .put("heap_bytes_per_camera", op.bytes() / cameras)
                .put("heap_bytes_esper_windows", esperBytes)
                .put("heap_bytes_replay_log_and_timers", op.bytes() - esperBytes)
                .put("heap_bytes_per_retained_event", op.counts().inRetention() == 0 ? 0
                        : (op.bytes() - esperBytes) / op.counts().inRetention())
                .put("histogram_operator", op.histogram());
        f.finish(out);
        return 0;
    }

    /** Heap the operator's state took, the events fed, and the live-object histogram with that state. */
    record Measured(long bytes, StateFeed.Counts counts, List<String> histogram) {
    }

    private static Measured operator(RuleSet rules, long maxAge, CityConfig city, VigieConfig config,
                                     long retention) throws Exception {
        // The second input (rule changes, broadcast in the job) stays empty; its watermark is ignored.
        try (var h = new KeyedTwoInputStreamOperatorTestHarness<String, SignalEvent, RuleUpdate, Alert>(
                new CorrelateOperator(rules, maxAge), SignalEvent::zone, RuleUpdate::ruleId, Types.STRING)) {
            h.open();
            long before = HeapProbe.usedAfterGc();
            StateFeed.Counts counts = StateFeed.feed(city, config, retention, new StateFeed.Sink() {
                @Override
                public void event(SignalEvent e) throws Exception {
                    h.processElement1(e, e.eventTime());
                }

                @Override
                public void watermark(long t) throws Exception {
                    h.processWatermark1(new Watermark(t));
                    h.getOutput().clear();
                }
            });
            long bytes = HeapProbe.usedAfterGc() - before;
            return new Measured(bytes, counts, HeapProbe.histogram(25));
        }
    }

    private static long esperAlone(RuleSet rules, CityConfig city, VigieConfig config, long retention)
            throws Exception {
        try (CorrelationEngine engine = new CorrelationEngine()) {
            rules.compileRules().forEach(engine::deploy);
            long before = HeapProbe.usedAfterGc();
            StateFeed.feed(city, config, retention, new StateFeed.Sink() {
                @Override
                public void event(SignalEvent e) {
                    if (e.eventTime() > engine.currentTime()) {
                        engine.advanceTime(e.eventTime());
                    }
                    engine.send(e);
                    engine.drainAlerts();
                }

                @Override
                public void watermark(long t) {
                    engine.drainAlerts();
                }
            });
            return HeapProbe.usedAfterGc() - before;
        }
    }
}
