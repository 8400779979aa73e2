package org.vigie.deploy.cluster;

/**
 * How {@code up} sizes the local cluster.
 *
 * @param taskSlots           slots per TaskManager; one slot runs one parallel instance of the whole job
 * @param jobManagerMemory    Flink's jobmanager.memory.process.size (e.g. {@code 1024m})
 * @param taskManagerMemory   Flink's taskmanager.memory.process.size (e.g. {@code 1536m})
 * @param kafkaPartitions     partitions of each Vigie topic created on the local broker
 * @param checkpointsRetained completed checkpoints kept per job (restart and resubmission points)
 * @param kafkaPort           the broker's client port on 127.0.0.1; 0 for any free one
 */
public record ClusterSettings(int taskSlots, String jobManagerMemory, String taskManagerMemory, int kafkaPartitions,
                              int checkpointsRetained, int kafkaPort) {

    /** The conventional Kafka port, where {@code deploy/local/vigie.yaml} expects the broker: what {@code cluster up}
     *  asks for unless told otherwise. */
    public static final int KAFKA_PORT = 9092;

    public ClusterSettings {
        if (taskSlots < 1 || kafkaPartitions < 1 || checkpointsRetained < 1) {
            throw new IllegalArgumentException("slots, partitions and retained checkpoints must be >= 1");
        }
        if (kafkaPort < 0 || kafkaPort > 65535) {
            throw new IllegalArgumentException("kafka port must be 0 (any free port) or a port number: " + kafkaPort);
        }
    }

    /**
     * Two slots (room for parallelism 2 on one TaskManager), 4 partitions per topic: fits a 2-core laptop. The broker
     * on any free port, so that several clusters (tests) can run side by side.
     */
    public static ClusterSettings defaults() {
        return new ClusterSettings(2, "1024m", "1536m", 4, 3, 0);
    }

    public ClusterSettings withKafkaPort(int port) {
        return new ClusterSettings(taskSlots, jobManagerMemory, taskManagerMemory, kafkaPartitions,
                checkpointsRetained, port);
    }

    public ClusterSettings withTaskSlots(int slots) {
        return new ClusterSettings(slots, jobManagerMemory, taskManagerMemory, kafkaPartitions, checkpointsRetained,
                kafkaPort);
    }

    public ClusterSettings withKafkaPartitions(int partitions) {
        return new ClusterSettings(taskSlots, jobManagerMemory, taskManagerMemory, partitions, checkpointsRetained,
                kafkaPort);
    }

    public ClusterSettings withMemory(String jobManager, String taskManager) {
        return new ClusterSettings(taskSlots, jobManager, taskManager, kafkaPartitions, checkpointsRetained, kafkaPort);
    }
}
