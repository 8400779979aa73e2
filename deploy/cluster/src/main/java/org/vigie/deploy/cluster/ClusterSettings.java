package org.vigie.deploy.cluster;

/**
 * How {@code up} sizes the local cluster.
 *
 * @param taskSlots           slots per TaskManager; one slot runs one parallel instance of the whole job
 * @param jobManagerMemory    Flink's jobmanager.memory.process.size (e.g. {@code 1024m})
 * @param taskManagerMemory   Flink's taskmanager.memory.process.size (e.g. {@code 1536m})
 * @param kafkaPartitions     partitions of each Vigie topic created on the local broker
 * @param checkpointsRetained completed checkpoints kept per job (restart and resubmission points)
 */
public record ClusterSettings(int taskSlots, String jobManagerMemory, String taskManagerMemory, int kafkaPartitions,
                              int checkpointsRetained) {

    public ClusterSettings {
        if (taskSlots < 1 || kafkaPartitions < 1 || checkpointsRetained < 1) {
            throw new IllegalArgumentException("slots, partitions and retained checkpoints must be >= 1");
        }
    }

    /** Two slots (room for parallelism 2 on one TaskManager), 4 partitions per topic: fits a 2-core laptop. */
    public static ClusterSettings defaults() {
        return new ClusterSettings(2, "1024m", "1536m", 4, 3);
    }

    public ClusterSettings withTaskSlots(int slots) {
        return new ClusterSettings(slots, jobManagerMemory, taskManagerMemory, kafkaPartitions, checkpointsRetained);
    }

    public ClusterSettings withKafkaPartitions(int partitions) {
        return new ClusterSettings(taskSlots, jobManagerMemory, taskManagerMemory, partitions, checkpointsRetained);
    }

    public ClusterSettings withMemory(String jobManager, String taskManager) {
        return new ClusterSettings(taskSlots, jobManager, taskManager, kafkaPartitions, checkpointsRetained);
    }
}
