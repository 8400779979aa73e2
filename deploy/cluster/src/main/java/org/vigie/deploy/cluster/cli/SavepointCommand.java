package org.vigie.deploy.cluster.cli;

import org.vigie.deploy.cluster.JobControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vigie savepoint [--job ID] [--stop]}: a savepoint of the running job, optionally stopping it. */
@Command(name = "savepoint", mixinStandardHelpOptions = true,
        description = {"Take a savepoint of a job on the local cluster and print its path "
                + "(what `submit --from-savepoint` takes).",
                "With --stop, stop the job with it (to upgrade, rescale or move it)."})
public final class SavepointCommand implements Callable<Integer> {

    @Mixin
    private WorkDirOption where;
    @Option(names = "--job", paramLabel = "ID", description = "The job (default: the only active one).")
    private String job;
    @Option(names = "--stop", description = "Stop the job with the savepoint.")
    private boolean stop;
    @Option(names = "--drain", description = {"With --stop: advance event time to the end first, firing every "
            + "pending window. Only for a job that will not be resumed: resuming would treat new events as late."})
    private boolean drain;
    @Option(names = "--target", paramLabel = "DIR",
            description = "Where to write it (default: the cluster's state/savepoints).")
    private String target;

    @Override
    public Integer call() {
        return Outcome.of(() -> {
            if (drain && !stop) {
                throw new IllegalArgumentException("--drain needs --stop");
            }
            JobControl.Savepoint s = new JobControl(where.cluster()).savepoint(Optional.ofNullable(job), stop, drain,
                    Optional.ofNullable(target));
            System.out.println("savepoint of job " + s.jobId() + (s.stopped() ? " (job stopped)" : "") + " in "
                    + s.took().toMillis() + " ms");
            System.out.println(s.path());
            return 0;
        });
    }
}
