package org.vigie.bench.perf;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.vigie.correlate.CorrelateOperator;
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
 * plus 15 minutes, so its state is at its steady size: its replay log, its waiting events and its Esper windows.
 * Heap in use after full collections with that state, minus the same before feeding; then again once the operator
 * is closed, which should fall back near the start (a check on the method). The live-object histogram tells what
 * the bytes are.
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
        long maxAge = VigieConfig.duration(maxEventAge).toMillis();
        long horizon = rules.compiledRules().stream().mapToLong(r -> r.horizonMillis()).max().orElse(0);
        // As CorrelateOperator.open computes it.
        long retention = Math.min(2 * horizon, maxAge);
        Duration span = Duration.ofMillis(retention).plusMinutes(15);
        CityConfig city = CityConfig.sample(seed).withDevices(cameras, 400, 500, 8)
                .withTime(CityConfig.DEFAULT_START, span);
        VigieConfig config = PerfConfigs.offline();
        Figures f = Figures.of("state").put("cameras", cameras).put("rules", rules.ruleIds())
                .put("rule_horizon_ms", horizon).put("max_event_age_ms", maxAge).put("retention_ms", retention)
                .put("event_time_fed_ms", span.toMillis())
                .put("method", "heap used after full GCs with the correlate operator's state populated (on Flink's"
                        + " keyed harness, heap state backend), minus the same before feeding");

        Measured m = measure(rules, maxAge, city, config, retention);
        f.put("events_fed", m.counts().fed()).put("events_in_retention", m.counts().inRetention())
                .put("heap_bytes_operator_total", m.bytes())
                .put("heap_mb_operator_total", m.bytes() / 1e6)
                .put("heap_bytes_per_camera", m.bytes() / cameras)
                .put("heap_bytes_per_retained_event", m.counts().inRetention() == 0 ? 0
                        : m.bytes() / m.counts().inRetention())
                .put("heap_bytes_after_close", m.afterClose())
                .put("histogram_operator", m.histogram());
        f.finish(out);
        return 0;
    }

    /**
     * Heap the operator's state took, the same once the operator is closed, the events fed, and the live-object
     * histogram with the state.
     */
    record Measured(long bytes, long afterClose, StateFeed.Counts counts, List<String> histogram) {
    }

    /** Heap in use before feeding and with the state populated, the events fed, the histogram with the state. */
    private record Fed(long heapBefore, long heapWithState, StateFeed.Counts counts, List<String> histogram) {
    }

    private static Measured measure(RuleSet rules, long maxAge, CityConfig city, VigieConfig config,
                                    long retention) throws Exception {
        Fed fed = feedOperator(rules, maxAge, city, config, retention);
        // Out of feedOperator's frame, nothing references the closed operator any more.
        return new Measured(fed.heapWithState() - fed.heapBefore(), HeapProbe.usedAfterGc() - fed.heapBefore(),
                fed.counts(), fed.histogram());
    }

    private static Fed feedOperator(RuleSet rules, long maxAge, CityConfig city, VigieConfig config,
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
            return new Fed(before, HeapProbe.usedAfterGc(), counts, HeapProbe.histogram(25));
        }
    }
}
