package org.vigie.deploy.cluster.cli;

import org.vigie.deploy.cluster.JobControl;
import org.vigie.deploy.cluster.JobJar;
import org.vigie.deploy.cluster.LocalCluster;
import org.vigie.deploy.cluster.SubmitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vigie submit --config FILE}: run the Vigie job on the local cluster. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Upload the job jar to the local cluster and run the job with FILE as its config.",
                "kafka.bootstrap: auto in FILE means the local cluster's broker; missing topics are created there."})
public final class SubmitCommand implements Callable<Integer> {

    @Mixin
    private WorkDirOption where;
    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The job's vigie.yaml.")
    private Path config;
    @Option(names = "--parallelism", paramLabel = "N", description = "Replaces job.parallelism of the config.")
    private Integer parallelism;
    @Option(names = "--from-savepoint", paramLabel = "PATH", description = "Restore from this savepoint.")
    private String savepoint;
    @Option(names = "--jar", paramLabel = "JAR",
            description = {"The shaded job jar. Default: jobs/pipeline/target/vigie-job-*-flink.jar of this source "
                    + "tree, built first when it is missing or older than the job's sources; outside a source tree, "
                    + "the one installed in ~/.m2."})
    private Path jar;
    @Option(names = "--no-wait", description = "Return once submitted, without waiting for the tasks to run.")
    private boolean noWait;

    @Override
    public Integer call() {
        return Outcome.of(() -> {
            LocalCluster cluster = where.cluster();
            JobControl jobs = new JobControl(cluster, () -> JobJar.upToDate(
                    cluster.layout().logs().resolve("job-jar-build.log"), line -> System.out.println(line)));
            SubmitRequest request = new SubmitRequest(config, Optional.ofNullable(parallelism),
                    Optional.ofNullable(savepoint), Optional.ofNullable(jar));
            JobControl.Submission s = jobs.submit(request);
            System.out.println("job " + s.jobId() + " submitted in " + s.took().toMillis() + " ms");
            System.out.println("config  " + s.config());
            System.out.println("jar     " + s.jar());
            if (!noWait) {
                Duration running = jobs.awaitRunning(s.jobId(), Duration.ofMinutes(5));
                System.out.println("running after " + running.toMillis() + " ms more; web UI "
                        + cluster.rest().baseUrl() + "/#/job/running/" + s.jobId() + "/overview");
            }
            return 0;
        });
    }
}
