package org.vigie.deploy.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.vigie.simulator.CityConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events per second the job sustains per task slot on the local cluster: a simulated city preloaded into Kafka, then
 * the job run over it at parallelism 1 (twice: the first warms the JVM up) and 2, timed from all tasks RUNNING until
 * the watermark has passed the last event (every event decoded, validated, pseudonymised, correlated, alerts written
 * in transactions). The TaskManager's CPU time over the same span gives events per CPU-second, the figure that
 * survives a busy machine.
 *
 * <pre>
 *   mvn -B -o -pl deploy/cluster test -Dtest=ClusterThroughputBench [-Dvigie.bench.hours=6]
 * </pre>
 * Not part of the test suite (the module's surefire excludes {@code *Bench}): it measures, it does not check.
 */
class ClusterThroughputBench {

    /** Periodic checkpoints every 10 s as in production; no idleness, heartbeats end each run (see Heartbeats). */
    private static final String CONFIG = String.join("\n",
            "kafka: {bootstrap: auto, group-id: vigie-bench, transactional-id-prefix: vigie-bench}",
            "job: {name: vigie-bench, parallelism: 1, checkpoint-interval: 10s}",
            "event-time: {out-of-orderness: 30s, idleness: 1d}",
            "pseudonymization: {key-id: bench-1, key-env: VIGIE_PLATE_KEY}",
            "");

    @Test
    void eventsPerSecondPerSlot() {
        int hours = Integer.getInteger("vigie.bench.hours", 6);
        CityConfig cityConfig = CityConfig.sample(7).withTime(CityConfig.DEFAULT_START, Duration.ofHours(hours));
        CityTimeline city = new CityTimeline(cityConfig);
        long events = city.eventsIn(Long.MIN_VALUE, cityConfig.endMillis()).size();
        List<String> table = new ArrayList<>();
        try (ClusterScenario s = new ClusterScenario("bench")) {
            s.up(CONFIG);
            long t0 = System.nanoTime();
            city.feed(s.bootstrap(), Long.MIN_VALUE, cityConfig.endMillis(), 0, new AtomicLong());
            table.add(String.format("city: sample(7), 120 cameras, %d h simulated, %d events, written in %d ms",
                    hours, events, Duration.ofNanos(System.nanoTime() - t0).toMillis()));
            // The first run warms the TaskManager's JVM (JIT, class loading): it is reported, not the figure to use.
            for (int parallelism : List.of(1, 1, 2)) {
                JobControl.Submission sub = s.jobs.submit(s.request().withParallelism(parallelism));
                s.jobs.awaitRunning(sub.jobId(), LocalClusterEndToEndTest.WAIT);
                ProcessHandle tm = s.cluster.state().orElseThrow().byRole(Role.TASKMANAGER).get(0)
                        .handle(s.cluster.layout()).orElseThrow();
                Duration cpu0 = tm.info().totalCpuDuration().orElse(Duration.ZERO);
                long start = System.nanoTime();
                s.awaitWatermark(sub.jobId(), ClusterScenario.watermarkAfter(cityConfig.endMillis()),
                        Duration.ofMinutes(20));
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = tm.info().totalCpuDuration().orElse(Duration.ZERO).minus(cpu0).toMillis() / 1e3;
                long checkpoint = s.jobs.checkpoint(sub.jobId());
                JsonNode details = s.cluster.rest().get("/jobs/" + sub.jobId() + "/checkpoints/details/" + checkpoint);
                table.add(String.format("parallelism %d: %.1f s, %.0f events/s, %.0f events/s per slot, "
                                + "TaskManager CPU %.1f s (%.0f events per CPU-second); then a checkpoint of %d KiB "
                                + "holding %d retained events", parallelism, seconds, events / seconds,
                        events / seconds / parallelism, cpu, events / cpu,
                        details.path("state_size").asLong() / 1024,
                        s.correlateMetricSum(sub.jobId(), "bufferedEvents")));
                s.jobs.cancel(java.util.Optional.of(sub.jobId()));
            }
        }
        System.out.println("---- throughput\n" + String.join("\n", table));
    }
}
