/**
 * A real local Flink session cluster (a JobManager and TaskManagers as separate OS processes, built from the Flink
 * artifacts in the local Maven repository, no flink-dist) beside a single-node Kafka broker process, and the job's
 * life cycle on it through Flink's REST API: submit, savepoint, stop, cancel.
 *
 * <p>Entry points: {@link org.vigie.deploy.cluster.LocalCluster} (up, down, status, task managers) and
 * {@link org.vigie.deploy.cluster.JobControl} (submit, savepoint, stop, cancel). Every process binds 127.0.0.1
 * only; all state (pids, ports, logs, checkpoints) lives in one work directory ({@link
 * org.vigie.deploy.cluster.ClusterLayout}). The picocli commands in {@code cli} are thin wrappers over these.
 */
package org.vigie.deploy.cluster;
