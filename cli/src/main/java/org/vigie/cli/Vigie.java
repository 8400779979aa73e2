package org.vigie.cli;

import org.vigie.bench.BenchCommand;
import org.vigie.demo.DemoCommand;
import org.vigie.deploy.cluster.cli.CancelCommand;
import org.vigie.deploy.cluster.cli.ClusterCommand;
import org.vigie.deploy.cluster.cli.SavepointCommand;
import org.vigie.deploy.cluster.cli.SubmitCommand;
import org.vigie.rules.tooling.RulesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code vigie} command: one entry point for people, with a verb per task. */
@Command(name = "vigie", mixinStandardHelpOptions = true, version = "vigie 0.1.0",
        description = "Streaming event correlation for urban-safety signals (Kafka, Flink, Esper EPL).",
        subcommands = {DemoCommand.class, RulesCommand.class, BenchCommand.class, ClusterCommand.class, SubmitCommand.class,
                SavepointCommand.class, CancelCommand.class, CommandLine.HelpCommand.class})
public final class Vigie implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Vigie()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
