package org.vigie.bench.perf;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.deploy.embedded.LocalFlink;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

/**
 * Runs a bounded job to its end on a fresh loopback MiniCluster and times it from submission to finish, as the
 * throughput benchmark does: start-up (a second or two) is included, so inputs should take tens of seconds.
 *
 * <p>Also the CPU time this JVM used meanwhile (job, broker and all): on a machine shared with other work, events
 * per CPU-second hold still where events per wall-second do not.
 */
final class JobTimer {

    /** Wall-clock and CPU seconds of one run. */
    record Timing(double seconds, double cpuSeconds) {
    }

    private JobTimer() {
    }

    static Timing run(String name, int parallelism, Consumer<StreamExecutionEnvironment> define) throws Exception {
        StreamExecutionEnvironment env = LocalFlink.of(parallelism).environment();
        define.accept(env);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        long wallStart = System.currentTimeMillis();
        env.execute(name);
        Timing t = new Timing((System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9);
        // The wall-clock span, to cut a profile of the whole run down to this job.
        System.out.printf("%-28s %.1f s, %.1f cpu-s (epoch ms %d..%d)%n", name + ":", t.seconds(), t.cpuSeconds(),
                wallStart, System.currentTimeMillis());
        return t;
    }

    /** Seconds from submission to the end of the job that {@code define} adds to the environment. */
    static double seconds(String name, int parallelism, Consumer<StreamExecutionEnvironment> define)
            throws Exception {
        return run(name, parallelism, define).seconds();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long threadCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
