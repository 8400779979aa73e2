package org.vigie.deploy.cluster;

/** The kinds of process a local cluster runs, each with the class its JVM starts. */
public enum Role {
    JOBMANAGER("org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint"),
    TASKMANAGER("org.apache.flink.runtime.taskexecutor.TaskManagerRunner"),
    KAFKA("org.vigie.deploy.cluster.BrokerMain");

    private final String mainClass;

    Role(String mainClass) {
        this.mainClass = mainClass;
    }

    public String mainClass() {
        return mainClass;
    }
}
