package org.vigie.rules.scenario;

import java.util.List;
import org.vigie.rules.RuleProblem;

/**
 * A pack tested: its rule problems, its malformed scenario files, and every scenario's result.
 *
 * @param scenarioErrors one message per scenario file that could not be read
 */
public record PackReport(
        String pack,
        int ruleCount,
        List<RuleProblem> ruleProblems,
        List<String> scenarioErrors,
        List<ScenarioResult> results) {

    public PackReport {
        ruleProblems = List.copyOf(ruleProblems);
        scenarioErrors = List.copyOf(scenarioErrors);
        results = List.copyOf(results);
    }

    public boolean passed() {
        return ruleProblems.isEmpty() && scenarioErrors.isEmpty() && results.stream().allMatch(ScenarioResult::passed);
    }

    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** Every problem and failing scenario with its diff, then a count line. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        ruleProblems.forEach(p -> out.append("rule problem: ").append(p).append('\n'));
        scenarioErrors.forEach(e -> out.append("scenario file error: ").append(e).append('\n'));
        failures().forEach(r -> out.append(r.diff()));
        long passed = results.size() - failures().size();
        out.append("pack ").append(pack).append(": ").append(ruleCount).append(" rules, ").append(passed)
                .append(" passed, ").append(failures().size()).append(" failed");
        return out.toString();
    }
}
