package org.vigie.rules.live;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vigie.correlate.CompiledRule;
import org.vigie.rules.Rule;
import org.vigie.rules.RuleCompiler;
import org.vigie.rules.RulePack;
import org.vigie.rules.RulePackLoader;
import org.vigie.rules.RuleProblem;

/**
 * Checks a {@link RuleChange} exactly as {@code vigie rules check} checks a file (same loader, same checks, same
 * compiler and trial deployment), plus what ties it to its record: one rule per change, whose {@code @Name} is the
 * record key and whose version tag is the change's version. Problems name file {@code <rule id>.epl}, lines counted
 * in the change's text.
 *
 * <p>Holds a {@link RuleCompiler} (and its validation engine): close it when done. Not thread-safe.
 */
public final class RuleChangeValidator implements AutoCloseable {

    /** The compiled rule, or the problems that refused it. */
    public record Result(CompiledRule compiled, List<RuleProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return compiled != null && problems.isEmpty();
        }

        /** The problems, one {@code file:line: message} per line (the rule-status message of a rejection). */
        public String message() {
            return problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n"));
        }
    }

    private final RuleCompiler compiler = new RuleCompiler();

    /** Validates {@code change}, published under record key {@code key}. */
    public Result validate(String key, RuleChange change) {
        String file = key + RulePackLoader.RULE_SUFFIX;
        List<RuleProblem> problems = new ArrayList<>();
        if (!key.equals(change.ruleId())) {
            problems.add(new RuleProblem(file, 1, "ruleId '" + change.ruleId() + "' does not match the record key '"
                    + key + "'"));
        }
        RulePack pack = RulePackLoader.fromText(file, change.text());
        problems.addAll(pack.problems());
        if (pack.rules().size() > 1) {
            problems.add(new RuleProblem(file, pack.rules().get(1).line(), "a change carries one rule, this text has "
                    + pack.rules().size() + ": publish each under its own key"));
        } else if (pack.rules().isEmpty() && pack.problems().isEmpty()) {
            problems.add(new RuleProblem(file, 1, "the change's text holds no rule"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        Rule rule = pack.rules().get(0);
        if (!rule.id().equals(key)) {
            problems.add(new RuleProblem(file, rule.line(), "@Name('" + rule.id() + "') does not match the record key '"
                    + key + "'"));
        }
        if (rule.version() != change.version()) {
            problems.add(new RuleProblem(file, rule.line(), "@Tag(name='version', value='" + rule.version()
                    + "') does not match the change's version " + change.version()));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        RuleCompiler.Result compiled = compiler.compile(rule);
        return new Result(compiled.compiled(), compiled.problems());
    }

    @Override
    public void close() {
        compiler.close();
    }
}
