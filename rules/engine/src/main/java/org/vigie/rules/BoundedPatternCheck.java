package org.vigie.rules;

import java.util.List;

/**
 * Every {@code every} in a pattern starts partial matches; without a {@code timer:within} (or {@code withinmax})
 * guard in the same pattern nothing ends them and state grows without bound.
 */
final class BoundedPatternCheck implements RuleCheck {

    @Override
    public void check(EplStatement statement, List<RuleProblem> problems) {
        List<EplToken> t = statement.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).isIdent("pattern") && t.get(i + 1).isSymbol("[")) {
                int close = matchingBracket(t, i + 1);
                checkPattern(statement, t.subList(i + 2, close), problems);
                i = close;
            }
        }
    }

    private static void checkPattern(EplStatement statement, List<EplToken> body, List<RuleProblem> problems) {
        EplToken firstEvery = null;
        boolean bounded = false;
        for (int i = 0; i < body.size(); i++) {
            EplToken token = body.get(i);
            if (token.isIdent("every") && firstEvery == null) {
                firstEvery = token;
            }
            if (token.isIdent("timer") && i + 2 < body.size() && body.get(i + 1).isSymbol(":")
                    && (body.get(i + 2).isIdent("within") || body.get(i + 2).isIdent("withinmax"))) {
                bounded = true;
            }
        }
        if (firstEvery != null && !bounded) {
            problems.add(statement.problem(firstEvery, "pattern with 'every' but no timer:within: its partial"
                    + " matches would never end (add e.g. 'where timer:within(10 min)')"));
        }
    }

    private static int matchingBracket(List<EplToken> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).isSymbol("[")) {
                depth++;
            } else if (t.get(i).isSymbol("]") && --depth == 0) {
                return i;
            }
        }
        return t.size();
    }
}
