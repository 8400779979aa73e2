package org.vigie.rules;

import java.util.List;

/**
 * Rules must give the same alerts when their events are replayed (recovery, rescale), so nothing may read the wall
 * clock: time in a rule is the events' time, moved by the engine.
 */
final class DeterminismCheck implements RuleCheck {

    @Override
    public void check(EplStatement statement, List<RuleProblem> problems) {
        for (EplToken token : statement.tokens()) {
            if (token.isIdent("current_timestamp")) {
                problems.add(statement.problem(token, "current_timestamp reads the wall clock and would make replay"
                        + " non-deterministic: use the events' eventTime"));
            }
        }
    }
}
