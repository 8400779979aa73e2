package org.vigie.rules;

import java.util.List;
import org.vigie.correlate.CompiledRule;

/**
 * A pack after compilation: the rules that compiled, and every problem found loading or compiling it.
 *
 * @param name the pack's name
 */
public record CompiledPack(String name, List<CompiledRule> rules, List<RuleProblem> problems) {

    public CompiledPack {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }

    /** Whether every rule of the pack loaded and compiled. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The longest horizon among the pack's rules, ms. */
    public long horizonMillis() {
        return rules.stream().mapToLong(CompiledRule::horizonMillis).max().orElse(0);
    }
}
