package org.vigie.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigie bench}: benchmarks that print and write measured figures; they never pass or fail. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Vigie on this machine.",
        subcommands = {ThroughputBench.class, RecoveryBench.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
