package org.vigie.bench;

import org.vigie.bench.perf.CompareBench;
import org.vigie.bench.perf.LatencyBench;
import org.vigie.bench.perf.RulesBench;
import org.vigie.bench.perf.StateBench;
import org.vigie.bench.workload.WorkloadBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigie bench}: benchmarks that print and write measured figures; they never pass or fail. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Vigie on this machine.",
        subcommands = {ThroughputBench.class, RecoveryBench.class, WorkloadBench.class, CompareBench.class,
                RulesBench.class, LatencyBench.class, StateBench.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
