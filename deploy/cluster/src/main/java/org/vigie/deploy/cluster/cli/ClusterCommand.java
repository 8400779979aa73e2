package org.vigie.deploy.cluster.cli;

import org.vigie.deploy.cluster.ClusterSettings;
import org.vigie.deploy.cluster.ClusterStatus;
import org.vigie.deploy.cluster.LocalCluster;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code vigie cluster up|down|status}: the local Flink session cluster and its Kafka broker. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "A real local Flink session cluster (JobManager and TaskManager processes) and a Kafka broker "
                + "process, bound to 127.0.0.1.",
        subcommands = {ClusterCommand.Up.class, ClusterCommand.Down.class, ClusterCommand.Status.class})
public final class ClusterCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Start the cluster (or say it is already up) and print its status.")
    static final class Up implements Callable<Integer> {
        @Mixin
        private WorkDirOption where;
        @Option(names = "--slots", defaultValue = "2", description = "Task slots per TaskManager (default: 2).")
        private int slots;
        @Option(names = "--partitions", defaultValue = "4",
                description = "Partitions of each Vigie topic on the local broker (default: 4).")
        private int partitions;
        @Option(names = "--taskmanager-memory", defaultValue = "1536m",
                description = "taskmanager.memory.process.size (default: 1536m).")
        private String tmMemory;
        @Option(names = "--jobmanager-memory", defaultValue = "1024m",
                description = "jobmanager.memory.process.size (default: 1024m).")
        private String jmMemory;
        @Option(names = "--kafka-port", defaultValue = "" + ClusterSettings.KAFKA_PORT,
                description = "The broker's port on 127.0.0.1 (default: 9092, as in deploy/local/vigie.yaml); "
                        + "0 for any free port (then submit configs with kafka.bootstrap: auto).")
        private int kafkaPort;

        @Override
        public Integer call() {
            return Outcome.of(() -> {
                LocalCluster cluster = where.cluster();
                LocalCluster.Up up = cluster.up(ClusterSettings.defaults().withTaskSlots(slots)
                        .withKafkaPartitions(partitions).withMemory(jmMemory, tmMemory).withKafkaPort(kafkaPort));
                System.out.println(up.alreadyUp() ? "cluster already up"
                        : "cluster up in " + up.took().toMillis() + " ms");
                System.out.print(cluster.status().format());
                return 0;
            });
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true,
            description = "Stop every process of the cluster: SIGTERM, then SIGKILL after 20 s.")
    static final class Down implements Callable<Integer> {
        @Mixin
        private WorkDirOption where;

        @Override
        public Integer call() {
            return Outcome.of(() -> {
                List<LocalCluster.Stopped> stopped = where.cluster().down();
                if (stopped.isEmpty()) {
                    System.out.println("no cluster to stop");
                }
                stopped.forEach(s -> System.out.printf("%-16s pid %-8d %s%n", s.name(), s.pid(),
                        s.outcome().toLowerCase(Locale.ROOT).replace('_', ' ')));
                return 0;
            });
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Processes (pid, alive, ports), jobs and their state, web UI and Prometheus URLs. "
                    + "Exit code 0 when up, 3 otherwise.")
    static final class Status implements Callable<Integer> {
        @Mixin
        private WorkDirOption where;

        @Override
        public Integer call() {
            return Outcome.of(() -> {
                ClusterStatus status = where.cluster().status();
                System.out.print(status.format());
                return status.isUp() ? 0 : 3;
            });
        }
    }
}
