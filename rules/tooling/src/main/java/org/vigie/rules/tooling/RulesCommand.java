package org.vigie.rules.tooling;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vigie rules}: the rule author's commands. Register it under the top-level command
 * ({@code subcommands = RulesCommand.class}); {@link #main} runs it alone.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, version = "vigie rules 0.1.0",
        description = "Write, test and deploy correlation rules (see rules/README.md).",
        subcommands = {CheckCommand.class, TestCommand.class, BacktestCommand.class, DeployCommand.class,
                ListCommand.class, CommandLine.HelpCommand.class})
public final class RulesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new RulesCommand()).execute(args));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
