package org.vigie.deploy.cluster;

/**
 * One job as {@code GET /jobs/overview} lists it.
 *
 * @param state Flink's job status: RUNNING, RESTARTING, FINISHED, CANCELED, FAILED, ...
 */
public record JobSummary(String id, String name, String state, long startTime, long durationMillis) {

    public boolean isRunning() {
        return "RUNNING".equals(state);
    }

    /** Not yet in a terminal state: it may still run (RUNNING, RESTARTING, CREATED, ...). */
    public boolean isActive() {
        return !"FINISHED".equals(state) && !"CANCELED".equals(state) && !"FAILED".equals(state);
    }
}
