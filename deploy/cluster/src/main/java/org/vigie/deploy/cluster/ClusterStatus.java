package org.vigie.deploy.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of the local cluster for {@code status}: its processes, its jobs, where to reach it.
 *
 * @param jobs        empty when the REST API does not answer
 * @param bootstrap   the broker's address, if it has written one
 * @param prometheus  the metrics endpoint of each live JobManager and TaskManager, by process name
 */
public record ClusterStatus(ClusterLayout layout, List<ProcessStatus> processes, Optional<String> restUrl,
                            boolean restAnswers, List<JobSummary> jobs, Optional<String> bootstrap,
                            Map<String, String> prometheus) {

    /** One recorded process. {@code alive} is false for a pid that is gone or now runs something else. */
    public record ProcessStatus(String name, Role role, long pid, boolean alive, Map<String, Integer> ports) {
    }

    public ClusterStatus {
        processes = List.copyOf(processes);
        jobs = List.copyOf(jobs);
        prometheus = Map.copyOf(prometheus);
    }

    /** Every recorded process alive, the REST API answering. */
    public boolean isUp() {
        return !processes.isEmpty() && restAnswers
                && processes.stream().filter(p -> p.role() != Role.TASKMANAGER).allMatch(ProcessStatus::alive)
                && processes.stream().anyMatch(p -> p.role() == Role.TASKMANAGER && p.alive());
    }

    public List<Long> livePids() {
        return processes.stream().filter(ProcessStatus::alive).map(ProcessStatus::pid).toList();
    }

    /** Human-readable, for the {@code status} command. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("work dir   ").append(layout.root()).append('\n');
        if (processes.isEmpty()) {
            return sb.append("cluster    not started (no cluster.json)\n").toString();
        }
        sb.append("cluster    ").append(isUp() ? "up" : "DEGRADED or down").append('\n');
        sb.append(String.format("%-16s %-12s %8s  %-6s %s%n", "PROCESS", "ROLE", "PID", "ALIVE", "PORTS"));
        for (ProcessStatus p : processes) {
            Map<String, Integer> ports = p.ports();
            String portText = ports.isEmpty() && p.role() == Role.KAFKA
                    ? "client " + bootstrap.orElse("(not yet)") : ports.toString();
            sb.append(String.format("%-16s %-12s %8d  %-6s %s%n", p.name(),
                    p.role().name().toLowerCase(Locale.ROOT), p.pid(), p.alive() ? "yes" : "NO", portText));
        }
        restUrl.ifPresent(u -> sb.append("web UI     ").append(u).append(restAnswers ? "" : "  (not answering)")
                .append('\n'));
        bootstrap.ifPresent(b -> sb.append("kafka      ").append(b).append('\n'));
        prometheus.forEach((name, url) -> sb.append("metrics    ").append(url).append("  (").append(name)
                .append(")\n"));
        if (jobs.isEmpty()) {
            sb.append(restAnswers ? "jobs       none\n" : "");
        } else {
            sb.append(String.format("%-32s %-12s %-20s %s%n", "JOB", "STATE", "STARTED", "NAME"));
            for (JobSummary j : jobs) {
                sb.append(String.format("%-32s %-12s %-20s %s (%s)%n", j.id(), j.state(),
                        Instant.ofEpochMilli(j.startTime()).toString().substring(0, 19), j.name(),
                        Duration.ofMillis(Math.max(0, j.durationMillis())).withNanos(0)));
            }
        }
        return sb.toString();
    }
}
