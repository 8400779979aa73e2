package org.vigie.bench.perf;

import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.deploy.embedded.LocalFlink;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One latency measurement: Vigie's job runs unbounded on its own input topics while a {@link PacedWriter} feeds
 * them at a steady rate and a {@link CommitWatcher} notes when each alert becomes visible to a read_committed
 * consumer. An alert's latency is that instant minus the instant the watermark could first pass the alert's due
 * time ({@link WatermarkClock}): its last contributing event, or for an absence rule that event plus the period
 * of absence, since the alert cannot exist before then.
 */
final class LatencyRun {

    /** Absence rules of the reference pack and their period: an alert of one is due that long after its event. */
    static final Map<String, Long> ABSENCE_MS = Map.of("ref-deposit-unconfirmed", 20 * 60_000L);

    /** What one run measured. */
    record Result(VigieConfig.Delivery delivery, long checkpointMs, long watermarkIntervalMs, long written,
                  double achievedRate, long alertsSeen, long duplicates, long notDue, Percentiles all,
                  Map<String, Percentiles> byRule) {
    }

    private LatencyRun() {
    }

    static Result run(EmbeddedKafka kafka, RuleSet rules, CityConfig city, VigieConfig.Delivery delivery,
                      int parallelism, Duration checkpointInterval, long watermarkIntervalMs, double rate,
                      double seconds, double warmupSeconds) throws Exception {
        String run = "latency-" + delivery.name().toLowerCase(Locale.ROOT).replace('_', '-');
        VigieConfig config = PerfConfigs.forRun(kafka, run, parallelism, delivery, checkpointInterval, "." + run);
        kafka.createTopics(2, config.topics().inputs().toArray(String[]::new));
        StreamExecutionEnvironment env = LocalFlink.of(parallelism).environment();
        VigieJob.define(env, config, rules, false);
        if (watermarkIntervalMs > 0) {
            env.getConfig().setAutoWatermarkInterval(watermarkIntervalMs);
        }
        long wmInterval = env.getConfig().getAutoWatermarkInterval();
        JobClient job = env.executeAsync("vigie-" + run);
        PacedWriter writer = new PacedWriter();
        double took;
        List<CommitWatcher.Seen> seen;
        try (CommitWatcher watcher = new CommitWatcher(kafka, config.topics().alerts())) {
            awaitRunning(job);
            System.out.printf("%s: writing %,.0f events/s for %.0f s...%n", run, rate, seconds);
            took = writer.write(kafka.bootstrapServers(), city,
                    e -> config.topics().inputs().get(e.event().sourceKind().ordinal()), rate, seconds,
                    warmupSeconds);
            // Whatever is due by the end of the input commits within two checkpoints.
            Thread.sleep(2 * checkpointInterval.toMillis() + 3_000);
            seen = watcher.seen();
        } finally {
            job.cancel().get(60, TimeUnit.SECONDS);
        }
        return measure(config, wmInterval, writer, took, seen);
    }

    private static Result measure(VigieConfig config, long wmInterval, PacedWriter writer, double took,
                                  List<CommitWatcher.Seen> seen) {
        WatermarkClock clock = new WatermarkClock(writer.splits(), config.eventTime().outOfOrderness().toMillis());
        Set<String> ids = new HashSet<>();
        List<Long> all = new ArrayList<>();
        Map<String, List<Long>> byRule = new TreeMap<>();
        long duplicates = 0;
        long notDue = 0;
        for (CommitWatcher.Seen s : seen) {
            if (!ids.add(s.alert().id())) {
                duplicates++;
                continue;
            }
            long due = s.alert().eventTime() + ABSENCE_MS.getOrDefault(s.alert().ruleId(), 0L);
            if (due < writer.eventTimeAtWarmupEnd()) {
                continue;
            }
            long passed = clock.passes(due);
            if (passed < 0) {
                notDue++;
                continue;
            }
            long latency = s.nanos() - passed;
            all.add(latency);
            byRule.computeIfAbsent(s.alert().ruleId(), k -> new ArrayList<>()).add(latency);
        }
        Map<String, Percentiles> perRule = new TreeMap<>();
        byRule.forEach((rule, v) -> perRule.put(rule, Percentiles.ofNanos(v)));
        return new Result(config.kafka().delivery(), config.job().checkpointInterval().toMillis(), wmInterval,
                writer.written(), writer.written() / took, seen.size(), duplicates, notDue,
                Percentiles.ofNanos(all), perRule);
    }

    private static void awaitRunning(JobClient job) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (job.getJobStatus().get(10, TimeUnit.SECONDS) != JobStatus.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("job did not start within 60 s");
            }
            Thread.sleep(100);
        }
        // RUNNING comes before every task is deployed and every source has its partitions.
        Thread.sleep(3_000);
    }
}
