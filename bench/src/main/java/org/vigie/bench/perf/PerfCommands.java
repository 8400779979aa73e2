package org.vigie.bench.perf;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The performance benchmarks as one command, to run them without the {@code vigie} launcher:
 * {@code java -cp CP org.vigie.bench.perf.PerfCommands compare --events 1000000}. The {@code vigie bench} command
 * registers the same classes as its own subcommands.
 */
@Command(name = "perf", mixinStandardHelpOptions = true, description = "Performance side by side.",
        subcommands = {CompareBench.class, RulesBench.class, LatencyBench.class, StateBench.class})
public final class PerfCommands implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PerfCommands()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
