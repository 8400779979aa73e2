package org.vigie.rules.tooling;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.rules.RuleProblem;
import org.vigie.rules.scenario.PackReport;
import org.vigie.rules.scenario.PackTester;
import org.vigie.rules.scenario.ScenarioResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie rules test PATH...}: every scenario beside the rules, as the build runs them. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the *.scenarios.yaml files beside the rules: a pack directory runs all of its scenario"
                + " files, a .epl file its namesake <name>.scenarios.yaml.",
                "Prints PASS/FAIL per scenario (with expected against got on failure), then 'N passed, M failed'"
                        + " alone on a line; a rule problem or an unreadable scenario file counts as a failure."
                        + " Exit code 1 on any failure."})
public final class TestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "a pack directory or a .epl file")
    private List<String> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RuleSource> sources = Sources.read(paths, "test", err);
        if (sources == null) {
            return Sources.USAGE;
        }
        int passed = 0;
        int failed = 0;
        for (RuleSource source : sources) {
            PackReport report = PackTester.test(source.pack(), source.files());
            for (RuleProblem problem : report.ruleProblems()) {
                out.println("rule problem: " + source.display(problem));
                failed++;
            }
            for (String error : report.scenarioErrors()) {
                out.println("scenario file error: " + error + " (in " + source.given() + ")");
                failed++;
            }
            for (ScenarioResult result : report.results()) {
                if (result.passed()) {
                    out.println("PASS " + result.scenario().name() + " ("
                            + source.display(result.scenario().file()) + ")");
                    passed++;
                } else {
                    out.print(result.diff());
                    failed++;
                }
            }
            if (report.results().isEmpty()) {
                err.println("vigie rules test: no scenario in " + source.given());
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
