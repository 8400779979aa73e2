package org.vigie.bench.perf;

import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code vigie bench latency}: at a steady input rate (default: half the full job's measured maximum), the
 * distribution of the time from when the watermark passes an alert's due time to when the alert is committed in
 * Kafka, with exactly-once delivery at the configured checkpoint interval (which bounds commit latency) and with
 * at-least-once delivery for comparison. Reference rules.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
        description = "Alert latency after the watermark at a steady rate: exactly-once and at-least-once.")
public final class LatencyBench implements Callable<Integer> {

    @Option(names = "--rate", description = "Input events/s. Default: half the measured (or --max-rate) maximum.")
    Double rate;

    @Option(names = "--max-rate", description = "The full job's maximum events/s, if known (skips measuring it).")
    Double maxRate;

    @Option(names = "--max-events", defaultValue = "500000",
            description = "Events for measuring the maximum. Default: ${DEFAULT-VALUE}")
    long maxEvents;

    @Option(names = "--seconds", defaultValue = "60",
            description = "Seconds of steady input. Default: ${DEFAULT-VALUE}")
    double seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Seconds not counted. Default: ${DEFAULT-VALUE}")
    double warmup;

    @Option(names = "--checkpoint-interval", defaultValue = "5s",
            description = "Checkpoint interval (the shipped default is 5s). Default: ${DEFAULT-VALUE}")
    String checkpointInterval;

    @Option(names = "--watermark-interval", defaultValue = "0",
            description = "Periodic watermark interval in ms; 0 keeps Flink's default. Default: ${DEFAULT-VALUE}")
    long watermarkIntervalMs;

    @Option(names = "--delivery", split = ",", defaultValue = "EXACTLY_ONCE,AT_LEAST_ONCE",
            description = "Delivery guarantees to measure. Default: ${DEFAULT-VALUE}")
    List<VigieConfig.Delivery> deliveries;

    @Option(names = "--parallelism", defaultValue = "2", description = "Job parallelism. Default: ${DEFAULT-VALUE}")
    int parallelism;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the simulated city. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", description = "Write the figures to this JSON file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Figures f = Figures.of("latency").put("parallelism", parallelism);
        RuleSet rules = RuleSet.load(List.of(CompareRun.REFERENCE_PACK));
        Duration interval = VigieConfig.duration(checkpointInterval);
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            double r = rate != null ? rate : (maxRate != null ? maxRate : measureMax(kafka, rules, f)) / 2;
            f.put("rate_events_per_s", Math.round(r)).put("seconds", seconds).put("warmup_seconds", warmup)
                    .put("rules", rules.ruleIds());
            Map<String, Object> runs = new LinkedHashMap<>();
            for (VigieConfig.Delivery d : deliveries) {
                LatencyRun.Result res = LatencyRun.run(kafka, rules,
                        PerfInput.city(seed, Math.round(r * seconds)), d, parallelism, interval,
                        watermarkIntervalMs, r, seconds, warmup);
                runs.put(d.name().toLowerCase(java.util.Locale.ROOT), describe(res));
                System.out.printf("%s: p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d alerts%n", d, res.all().p50(),
                        res.all().p99(), res.all().max(), res.all().count());
            }
            f.put("runs", runs);
        }
        f.finish(out);
        return 0;
    }

    private double measureMax(EmbeddedKafka kafka, RuleSet rules, Figures f) throws Exception {
        long loaded = PerfInput.load(kafka, maxEvents, PerfInput.city(seed, maxEvents),
                WireFormat.JSON);
        VigieConfig config = PerfConfigs.forRun(kafka, "latency-max", parallelism);
        double s = JobTimer.seconds("vigie-latency-max", parallelism, env -> VigieJob.define(env, config, rules,
                true));
        double max = loaded / s;
        f.put("measured_max_events_per_s", Math.round(max));
        return max;
    }

    private static Map<String, Object> describe(LatencyRun.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checkpoint_interval_ms", r.checkpointMs());
        m.put("watermark_interval_ms", r.watermarkIntervalMs());
        m.put("events_written", r.written());
        m.put("achieved_events_per_s", Math.round(r.achievedRate()));
        m.put("alerts_seen", r.alertsSeen());
        m.put("duplicates", r.duplicates());
        m.put("not_due_by_model", r.notDue());
        m.put("latency", r.all().asMap());
        Map<String, Object> rules = new LinkedHashMap<>();
        r.byRule().forEach((rule, p) -> rules.put(rule, p.asMap()));
        m.put("latency_by_rule", rules);
        return m;
    }
}
