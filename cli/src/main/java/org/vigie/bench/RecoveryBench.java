package org.vigie.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.flink.api.common.JobID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.vigie.correlate.ReplayStats;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/**
 * {@code vigie bench recovery}: the same input run fault-free, then with K TaskManager kills at random points; the
 * committed alerts of both runs are compared id by id.
 */
@Command(name = "recovery", mixinStandardHelpOptions = true,
        description = "Alerts after K TaskManager failures vs a fault-free run: missing, duplicated, recovery time.")
public final class RecoveryBench implements Callable<Integer> {

    /** The job's checkpoint interval in both runs. */
    static final String CHECKPOINT_INTERVAL = "500ms";

    @Option(names = "--events", defaultValue = "200000", description = "Events to load. Default: ${DEFAULT-VALUE}")
    long events;

    @Option(names = "--kills", defaultValue = "3", description = "TaskManager kills. Default: ${DEFAULT-VALUE}")
    int kills;

    @Option(names = "--parallelism", defaultValue = "2", description = "Job parallelism. Default: ${DEFAULT-VALUE}")
    int parallelism;

    @Option(names = "--seed", defaultValue = "11", description = "Seed of the city and the kill points.")
    long seed;

    @Option(names = "--out", description = "Write the figures to this JSON file.")
    Path out;

    /** What one comparison of a faulty run against a fault-free one measured. */
    public record Result(long events, double liveSeconds, double faultySeconds, int kills,
                         List<Double> recoverySeconds, AlertSets.Diff diff, long replays, long replayedEvents,
                         double replaySeconds) {
    }

    @Override
    public Integer call() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            System.out.printf("loading %,d events into %s...%n", events, kafka.bootstrapServers());
            long loaded = BenchInput.load(kafka, events, BenchInput.sampleCity(seed), WireFormat.JSON);
            Result r = run(kafka, loaded, kills, parallelism, seed);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("benchmark", "recovery");
            f.put("measured_at", Instant.now().toString());
            f.put("events", r.events());
            f.put("parallelism", parallelism);
            f.put("checkpoint_interval", CHECKPOINT_INTERVAL);
            f.put("kills", r.kills());
            f.put("alerts_expected", r.diff().expected());
            f.put("alerts_got", r.diff().got());
            f.put("missing", r.diff().missing());
            f.put("duplicated", r.diff().duplicated());
            f.put("unexpected", r.diff().unexpected());
            f.put("recovery_seconds", r.recoverySeconds());
            f.put("recovery_seconds_max", r.recoverySeconds().stream().mapToDouble(Double::doubleValue).max()
                    .orElse(0));
            f.put("live_events_per_s", Math.round(r.events() / r.liveSeconds()));
            f.put("replays", r.replays());
            f.put("replayed_events", r.replayedEvents());
            double replayRate = r.replaySeconds() > 0 ? r.replayedEvents() / r.replaySeconds() : 0;
            f.put("replay_events_per_s", Math.round(replayRate));
            f.put("replay_vs_live", Math.round(replayRate / (r.events() / r.liveSeconds()) * 100) / 100.0);
            String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(f);
            System.out.println(json);
            if (out != null) {
                Files.writeString(out, json + "\n");
            }
        }
        return 0;
    }

    /** Runs the loaded input fault-free, then with {@code kills} TaskManager kills, and compares the alerts. */
    public static Result run(EmbeddedKafka kafka, long events, int kills, int parallelism, long seed)
            throws Exception {
        RuleSet rules = RuleSet.load(List.of("classpath:starter"));
        // Checkpoints every half second: each kill waits for one, and a fast job reads its input in a few seconds.
        VigieConfig baseline = RunConfigs.forRun(kafka, "baseline", parallelism, CHECKPOINT_INTERVAL);
        VigieConfig faulty = RunConfigs.forRun(kafka, "faulty", parallelism, CHECKPOINT_INTERVAL);
        double liveSeconds;
        try (MiniClusterRun cluster = new MiniClusterRun(parallelism, 0)) {
            long t0 = System.nanoTime();
            JobID job = cluster.submit(parallelism, null, env -> VigieJob.define(env, baseline, rules, true));
            cluster.awaitSuccess(job, Duration.ofMinutes(15));
            liveSeconds = (System.nanoTime() - t0) / 1e9;
        }
        System.out.printf("fault-free: %.1f s%n", liveSeconds);
        ReplayStats.reset();
        SplittableRandom random = new SplittableRandom(seed);
        List<Double> recoveries = new ArrayList<>();
        double faultySeconds;
        try (MiniClusterRun cluster = new MiniClusterRun(parallelism, kills + 5)) {
            long t0 = System.nanoTime();
            JobID job = cluster.submit(parallelism, null, env -> VigieJob.define(env, faulty, rules, true));
            // Kills at points of progress (shares of the input read, as the job's consumer group has committed it
            // at its checkpoints, with jitter), not of time: however fast the machine, they fall while the job
            // still has work. Each waits for a checkpoint after the previous restart, so that every kill restores
            // from a fresh one.
            long committed = -1;
            for (int k = 0; k < kills; k++) {
                long target = (long) (events * (k + 1 + 0.5 * random.nextDouble()) / (kills + 2));
                long now = inputRead(kafka, faulty);
                while ((now < target || now == committed) && !cluster.status(job).isGloballyTerminalState()) {
                    Thread.sleep(100);
                    now = inputRead(kafka, faulty);
                }
                if (cluster.status(job).isGloballyTerminalState()) {
                    break;
                }
                committed = now;
                OptionalDouble s = cluster.killTaskManager(job);
                if (s.isEmpty()) {
                    System.out.printf("kill %d: the job finished, no restart on record: not counted%n", k + 1);
                    break;
                }
                recoveries.add(Math.round(s.getAsDouble() * 1000) / 1000.0);
                System.out.printf("kill %d: back to RUNNING after %.2f s%n", k + 1, s.getAsDouble());
            }
            cluster.awaitSuccess(job, Duration.ofMinutes(15));
            faultySeconds = (System.nanoTime() - t0) / 1e9;
        }
        AlertSets.Diff diff = AlertSets.diff(AlertSets.ids(kafka, baseline.topics().alerts()),
                AlertSets.ids(kafka, faulty.topics().alerts()));
        return new Result(events, liveSeconds, faultySeconds, recoveries.size(), recoveries, diff,
                ReplayStats.replays(), ReplayStats.events(), ReplayStats.seconds());
    }

    /** Input records the job's consumer group has committed, over every input partition. */
    private static long inputRead(EmbeddedKafka kafka, VigieConfig config) throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.listConsumerGroupOffsets(config.kafka().groupId()).partitionsToOffsetAndMetadata().get()
                    .values().stream().filter(Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
        }
    }
}
