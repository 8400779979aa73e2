package org.vigie.rules.tooling;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.correlate.CompiledRule;
import org.vigie.rules.PackFile;
import org.vigie.rules.Rule;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePackLoader;
import org.vigie.rules.RuleProblem;

/**
 * What {@code rules check} does, shared with {@code rules deploy}: load every rule of the sources, compile each with
 * the sandbox checks, and refuse an id defined twice, within a pack or across the PATHs given (the job runs them
 * side by side). Problems are {@code file:line: message} lines with the files as the user would open them.
 */
final class PackChecker {

    /** A rule that passed every check, with where it came from. */
    record CheckedRule(Rule rule, CompiledRule compiled, RuleSource source) {

        String file() {
            return source.display(rule.sourceFile());
        }
    }

    /**
     * @param statements how many statements the rule files hold, refused ones included
     */
    record Result(List<CheckedRule> rules, List<String> problems, int statements) {

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private PackChecker() {
    }

    static Result check(List<RuleSource> sources) {
        List<CheckedRule> rules = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, CheckedRule> seen = new HashMap<>();
        int statements = 0;
        try (RuleCompiler compiler = new RuleCompiler()) {
            for (RuleSource source : sources) {
                RulePack pack = RulePackLoader.fromFiles(source.pack(), source.ruleFiles());
                statements += source.ruleFiles().stream().map(PackFile::text).mapToInt(Statements::count).sum();
                List<RuleProblem> found = new ArrayList<>(pack.problems());
                for (Rule rule : pack.rules()) {
                    CheckedRule first = seen.get(rule.id());
                    if (first != null) {
                        found.add(new RuleProblem(rule.sourceFile(), rule.line(), "duplicate rule id '" + rule.id()
                                + "' (first defined at " + first.file() + ":" + first.rule().line() + ")"));
                        continue;
                    }
                    RuleCompiler.Result result = compiler.compile(rule);
                    if (result.ok()) {
                        CheckedRule checked = new CheckedRule(rule, result.compiled(), source);
                        seen.put(rule.id(), checked);
                        rules.add(checked);
                    }
                    found.addAll(result.problems());
                }
                // In file order, as an editor lists them; a stable sort keeps each line's problems in check order.
                found.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line));
                found.forEach(p -> problems.add(source.display(p)));
            }
        }
        return new Result(rules, problems, statements);
    }
}
