package org.vigie.rules;

import java.util.List;

/**
 * One static check of a rule's EPL, run before it is compiled. Checks see tokens, not Esper's parse tree: they are
 * conservative (they may refuse some harmless EPL) and every refusal names the offending text and its line.
 */
interface RuleCheck {

    /** Adds a problem to {@code problems} for each violation found in {@code statement}. */
    void check(EplStatement statement, List<RuleProblem> problems);
}
