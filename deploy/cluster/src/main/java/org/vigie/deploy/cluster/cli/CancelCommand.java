package org.vigie.deploy.cluster.cli;

import org.vigie.deploy.cluster.JobControl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vigie cancel [--job ID]}: cancel a job without a savepoint (its last checkpoint is retained). */
@Command(name = "cancel", mixinStandardHelpOptions = true,
        description = {"Cancel a job on the local cluster, without a savepoint.",
                "Its last checkpoint is kept in state/checkpoints/<job id>/ and can be given to "
                        + "`submit --from-savepoint`."})
public final class CancelCommand implements Callable<Integer> {

    @Mixin
    private WorkDirOption where;
    @Option(names = "--job", paramLabel = "ID", description = "The job (default: the only active one).")
    private String job;

    @Override
    public Integer call() {
        return Outcome.of(() -> {
            String id = new JobControl(where.cluster()).cancel(Optional.ofNullable(job));
            System.out.println("job " + id + " canceled");
            return 0;
        });
    }
}
