package org.vigie.deploy.embedded;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A Flink local environment (one MiniCluster in this JVM) bound to 127.0.0.1: without the bind options below the
 * MiniCluster's RPC, data and REST endpoints listen on 0.0.0.0.
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = LocalFlink.of(2).environment();
 * }</pre>
 *
 * @param parallelism default parallelism of jobs run on it
 * @param taskSlots   task slots of its single task manager (at least {@code parallelism})
 * @param restPort    port of the REST endpoint (and the web UI when flink-runtime-web is on the classpath);
 *                    0 picks a free port. A MiniCluster always runs the REST endpoint, so it cannot be switched off.
 */
public record LocalFlink(int parallelism, int taskSlots, int restPort) {

    public static final String LOOPBACK = "127.0.0.1";

    public LocalFlink {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be >= 1: " + parallelism);
        }
        if (taskSlots < parallelism) {
            throw new IllegalArgumentException("taskSlots " + taskSlots + " < parallelism " + parallelism);
        }
        if (restPort < 0 || restPort > 65535) {
            throw new IllegalArgumentException("restPort out of range: " + restPort);
        }
    }

    /** {@code parallelism} slots, REST on a free port. */
    public static LocalFlink of(int parallelism) {
        return new LocalFlink(parallelism, parallelism, 0);
    }

    public LocalFlink withTaskSlots(int slots) {
        return new LocalFlink(parallelism, slots, restPort);
    }

    public LocalFlink withRestPort(int port) {
        return new LocalFlink(parallelism, taskSlots, port);
    }

    /** The configuration: every endpoint on 127.0.0.1, the slot count, the default parallelism and the REST port. */
    public Configuration configuration() {
        Configuration c = new Configuration();
        c.set(JobManagerOptions.ADDRESS, LOOPBACK);
        c.set(JobManagerOptions.BIND_HOST, LOOPBACK);
        c.set(TaskManagerOptions.HOST, LOOPBACK);
        c.set(TaskManagerOptions.BIND_HOST, LOOPBACK);
        c.set(RestOptions.ADDRESS, LOOPBACK);
        c.set(RestOptions.BIND_ADDRESS, LOOPBACK);
        c.set(RestOptions.PORT, restPort);
        c.set(RestOptions.BIND_PORT, String.valueOf(restPort));
        c.set(TaskManagerOptions.NUM_TASK_SLOTS, taskSlots);
        c.set(CoreOptions.DEFAULT_PARALLELISM, parallelism);
        return c;
    }

    /** A local environment on {@link #configuration()}. */
    public StreamExecutionEnvironment environment() {
        return environment(new Configuration());
    }

    /**
     * A local environment on {@link #configuration()} with {@code extra} applied on top (checkpointing, state
     * backend, ...). This record's settings win over {@code extra}: an address in it cannot undo loopback.
     */
    public StreamExecutionEnvironment environment(Configuration extra) {
        Configuration c = new Configuration();
        c.addAll(extra);
        c.addAll(configuration());
        return StreamExecutionEnvironment.createLocalEnvironment(parallelism, c);
    }

    /** For a long-lived {@code MiniCluster} (one task manager) that jobs are submitted to. */
    public MiniClusterConfiguration miniClusterConfiguration() {
        return new MiniClusterConfiguration.Builder()
                .setConfiguration(configuration())
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(taskSlots)
                .build();
    }
}
