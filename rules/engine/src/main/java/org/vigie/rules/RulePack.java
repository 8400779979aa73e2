package org.vigie.rules;

import java.util.List;

/**
 * The rules read from a pack's {@code .epl} files, and the problems of the statements that could not be read.
 *
 * @param name the pack's name (its folder name)
 */
public record RulePack(String name, List<Rule> rules, List<RuleProblem> problems) {

    public RulePack {
        rules = List.copyOf(rules);
        problems = List.copyOf(problems);
    }
}
