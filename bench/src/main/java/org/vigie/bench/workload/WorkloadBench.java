package org.vigie.bench.workload;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code vigie bench workload}: the same city at several camera counts through the full job, to see whether the
 * alerts an operator gets grow with the cameras (they should not: the incidents do not) while the raw events do.
 */
@Command(name = "workload", mixinStandardHelpOptions = true,
        description = "Alerts per operator as cameras grow: recall, precision and alerts per incident of the full job"
                + " with the starter and city packs, against the simulator's injected incidents.")
public final class WorkloadBench implements Callable<Integer> {

    @Option(names = "--cameras", split = ",", defaultValue = "100,1000,10000",
            description = "Camera counts, comma-separated. Default: ${DEFAULT-VALUE}")
    List<Integer> cameras;

    /**
     * Half an hour: the 10,000-camera run is 0.68 million events, and the whole default command takes about 13
     * minutes on the 2-core development machine under load. Each of the 16 zones then holds at most one incident.
     */
    @Option(names = "--hours", defaultValue = "0.5",
            description = "Simulated hours per run (the 10,000-camera run writes about 1.35 million events an hour)."
                    + " Default: ${DEFAULT-VALUE}")
    double hours;

    @Option(names = "--operators", defaultValue = "1",
            description = "Operators sharing the alerts (for alerts_per_operator_hour). Default: ${DEFAULT-VALUE}")
    int operators;

    @Option(names = "--parallelism", defaultValue = "2", description = "Job parallelism. Default: ${DEFAULT-VALUE}")
    int parallelism;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the city. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", description = "Write the figures to this JSON file.")
    Path out;

    @Override
    public Integer call() throws Exception {
        Duration span = Duration.ofMillis(Math.round(hours * 3_600_000));
        System.out.printf("workload: cameras %s, %.1f h each, %.1f injected incidents/h, packs %s%n", cameras, hours,
                WorkloadCity.incidentsPerHour(), WorkloadRun.PACKS);
        Workload w = Workload.run(cameras, span, seed, parallelism, operators);
        String json = w.toJson();
        System.out.println(json);
        System.out.print(w.table());
        if (out != null) {
            Files.writeString(out, json + "\n");
        }
        return 0;
    }
}
