package org.vigie.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks every rule passes before it is compiled. A rules topic anyone can write must not become remote code
 * execution or a source of non-determinism; this is the first line, the place to add an allow-list, and Esper's
 * configuration ({@link org.vigie.correlate.TypesModule#configuration()}) the second.
 */
final class RuleGuard {

    private static final List<RuleCheck> CHECKS = List.of(
            new StatementShapeCheck(),
            new JavaAccessCheck(),
            new DeterminismCheck(),
            new BoundedPatternCheck());

    private RuleGuard() {
    }

    static List<RuleProblem> check(EplStatement statement) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleCheck check : CHECKS) {
            check.check(statement, problems);
        }
        return problems;
    }
}
