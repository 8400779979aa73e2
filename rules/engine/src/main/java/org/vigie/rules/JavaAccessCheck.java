package org.vigie.rules;

import java.util.List;
import java.util.Set;

/**
 * EPL can reach any Java class: through fully-qualified names, {@code new}, method calls on values, scripts and
 * inlined classes. This check refuses all of these. Methods are allow-listed: only Esper's own enumeration,
 * date-time and interval-algebra methods may follow a dot. Widen {@link #ALLOWED_METHODS} (or add a class
 * allow-list) here, in one place.
 */
final class JavaAccessCheck implements RuleCheck {

    static final Set<String> ALLOWED_METHODS = Set.of(
            // enumeration methods
            "aggregate", "allof", "anyof", "arrayof", "average", "countof", "distinctof", "except", "firstof",
            "groupby", "intersect", "lastof", "leastfrequent", "max", "maxby", "min", "minby", "mostfrequent",
            "orderby", "orderbydesc", "reverse", "selectfrom", "sequenceequal", "sumof", "take", "takelast",
            "takewhile", "takewhilelast", "tomap", "union", "where",
            // interval algebra on event timestamps
            "after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets", "metby",
            "overlaps", "overlappedby", "starts", "startedby",
            // date-time methods
            "between", "format", "get", "getdayofmonth", "getdayofweek", "getdayofyear", "getera", "gethourofday",
            "getmillisofsecond", "getminuteofhour", "getmonthofyear", "getsecondofminute", "getweekyear", "getyear",
            "minus", "plus", "roundceiling", "roundfloor", "roundhalf", "set", "withdate", "withmax", "withmin",
            "withtime", "todate", "tocalendar", "tomillisec");

    static final Set<String> ALLOWED_TIMER_FUNCTIONS = Set.of("within", "withinmax", "interval", "at");

    @Override
    public void check(EplStatement statement, List<RuleProblem> problems) {
        List<EplToken> t = statement.tokens();
        for (int i = 0; i < t.size(); i++) {
            EplToken token = t.get(i);
            if (token.kind() != EplToken.Kind.IDENT) {
                continue;
            }
            boolean afterDot = i > 0 && t.get(i - 1).isSymbol(".");
            if (token.text().contains(".")) {
                // A back-quoted identifier can hide a qualified name: `java.lang.System`.
                problems.add(statement.problem(token, "fully-qualified Java reference '" + token.text()
                        + "' is not allowed in rules"));
            } else if (!afterDot) {
                int segments = chainLength(t, i);
                if (segments >= 3) {
                    problems.add(statement.problem(token, "fully-qualified Java reference '" + chain(t, i, segments)
                            + "' is not allowed in rules"));
                    i += 2 * (segments - 1);
                    continue;
                }
            }
            if (afterDot && next(t, i, "(") && !ALLOWED_METHODS.contains(token.lower())) {
                problems.add(statement.problem(token, "Java method call '." + token.text() + "(...)' is not allowed"
                        + " in rules (only Esper's enumeration and date-time methods may follow a dot)"));
            } else if (token.isIdent("new") && i + 1 < t.size() && t.get(i + 1).kind() == EplToken.Kind.IDENT) {
                problems.add(statement.problem(token, "creating Java objects ('new " + t.get(i + 1).text()
                        + "') is not allowed in rules"));
            } else if (token.isIdent("inlined_class")) {
                problems.add(statement.problem(token, "inlined_class (Java code in EPL) is not allowed in rules"));
            } else if (next(t, i, ":") && i + 2 < t.size() && t.get(i + 2).kind() == EplToken.Kind.IDENT
                    && !(token.isIdent("timer") && ALLOWED_TIMER_FUNCTIONS.contains(t.get(i + 2).lower()))) {
                problems.add(statement.problem(token, "'" + token.text() + ":" + t.get(i + 2).text()
                        + "' is not allowed: scripts and plug-ins are refused; patterns may use timer:within,"
                        + " timer:withinmax, timer:interval and timer:at"));
            }
        }
    }

    /** How many identifiers are joined by dots starting at {@code i}: {@code a.b.c} is 3. */
    private static int chainLength(List<EplToken> t, int i) {
        int segments = 1;
        while (i + 2 < t.size() && t.get(i + 1).isSymbol(".") && t.get(i + 2).kind() == EplToken.Kind.IDENT) {
            segments++;
            i += 2;
        }
        return segments;
    }

    private static String chain(List<EplToken> t, int i, int segments) {
        StringBuilder name = new StringBuilder(t.get(i).text());
        for (int s = 1; s < segments; s++) {
            name.append('.').append(t.get(i + 2 * s).text());
        }
        return name.toString();
    }

    private static boolean next(List<EplToken> t, int i, String symbol) {
        return i + 1 < t.size() && t.get(i + 1).isSymbol(symbol);
    }
}
