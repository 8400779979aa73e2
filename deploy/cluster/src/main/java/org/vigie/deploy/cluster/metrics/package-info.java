/**
 * Metric reporting for the local cluster's JVMs. Loaded only inside the JobManager and TaskManager processes, whose
 * classpath carries flink-metrics-prometheus; nothing else may touch these classes.
 */
package org.vigie.deploy.cluster.metrics;
