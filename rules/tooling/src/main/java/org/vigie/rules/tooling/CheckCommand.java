package org.vigie.rules.tooling;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie rules check PATH...}: the sandbox checks and the compiler, as the job applies them. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check rules: annotations, the sandbox (no Java, no wall clock, bounded state) and Esper's"
                + " compiler, as the job does before it deploys a rule.",
                "Prints file:line: message per problem, then 'N rules checked, M problems'. Exit code 1 on any"
                        + " problem."})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "a .epl file or a pack directory")
    private List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<RuleSource> sources = Sources.read(paths, "check", spec.commandLine().getErr());
        if (sources == null) {
            return Sources.USAGE;
        }
        PackChecker.Result result = PackChecker.check(sources);
        result.problems().forEach(out::println);
        out.println(result.statements() + " rules checked, " + result.problems().size() + " problems");
        out.flush();
        return result.ok() ? 0 : 1;
    }
}
