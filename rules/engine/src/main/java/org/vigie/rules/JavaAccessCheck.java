package org.vigie.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * EPL can reach any Java class: through fully-qualified names, {@code new}, method calls on values, the classes Esper
 * imports by default ({@code System.out}, {@code String.format}), scripts and inlined classes. This check refuses all
 * of these. Methods are allow-listed: only Esper's own enumeration, date-time and interval-algebra methods may follow
 * a dot, plus a few pure {@code Math} helpers ({@link #MATH_HELPERS}). Widen the lists here, in one place.
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

    /** Static helpers a rule may call: pure, and exact on every JVM (so replays agree). */
    static final Map<String, Set<String>> MATH_HELPERS = Map.of("Math",
            Set.of("abs", "min", "max", "floor", "ceil", "round", "sqrt", "signum"));

    /** Packages Esper resolves a bare class name in (its default imports), and the unnamed package. */
    private static final List<String> IMPORTED_PACKAGES = List.of("", "java.lang.", "java.math.", "java.text.",
            "java.util.", "com.espertech.esper.common.client.annotation.",
            "com.espertech.esper.common.internal.epl.dataflow.ops.");

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
                if (segments == 2 && !methodRefused(t, i + 2) && !isMathHelper(t, i) && isJavaClass(token.text())) {
                    problems.add(statement.problem(token, "Java class '" + token.text() + "' is not allowed in rules"
                            + " (" + token.text() + "." + t.get(i + 2).text() + ")"));
                }
            }
            if (afterDot && methodRefused(t, i) && !isMathHelper(t, i - 2)) {
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
            } else if (token.isIdent("expression") && isScript(t, i)) {
                problems.add(statement.problem(token, "scripts ('expression ... [ script ]') are not allowed in"
                        + " rules; an expression declaration is 'expression name { x => ... }'"));
            } else if (token.text().indexOf('\\') >= 0) {
                // Esper reads '\' in `...` as an escape, this check's lexer does not: they would split it apart.
                problems.add(statement.problem(token, "back-quoted identifier with a backslash is not allowed in"
                        + " rules: `" + token.text() + "`"));
            }
        }
        NonAsciiCode.check(statement, problems);
    }

    /** Whether the identifier at {@code i} is called, {@code name(}, and is not an allow-listed method. */
    private static boolean methodRefused(List<EplToken> t, int i) {
        return i < t.size() && next(t, i, "(") && !ALLOWED_METHODS.contains(t.get(i).lower());
    }

    /** Whether {@code Class.method(} at {@code i} is one of {@link #MATH_HELPERS}. */
    private static boolean isMathHelper(List<EplToken> t, int i) {
        if (i < 0 || i + 3 >= t.size() || !t.get(i + 1).isSymbol(".") || !t.get(i + 3).isSymbol("(")) {
            return false;
        }
        Set<String> methods = MATH_HELPERS.get(t.get(i).text());
        return methods != null && methods.contains(t.get(i + 2).text());
    }

    /** Whether Esper would resolve {@code name} as a class: {@code System}, {@code String}, {@code Collections}. */
    static boolean isJavaClass(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) && name.indexOf('$') < 0) {
            return false;
        }
        for (String pkg : IMPORTED_PACKAGES) {
            try {
                Class.forName(pkg + name, false, JavaAccessCheck.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package
            }
        }
        return false;
    }

    /**
     * {@code expression [type] name(params) [ script ]}: a script in the default dialect (a bracket before any brace).
     * With a dialect ({@code js:name}) the plug-in refusal already names it.
     */
    private static boolean isScript(List<EplToken> t, int i) {
        int depth = 0;
        for (int j = i + 1; j < t.size(); j++) {
            EplToken token = t.get(j);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && (token.isSymbol("{") || token.isSymbol(":"))) {
                return false;
            } else if (depth == 0 && token.isSymbol("[")) {
                return true;
            }
        }
        return false;
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

    /**
     * Code is ASCII: outside string literals and comments, a non-ASCII character could be read differently by this
     * check's lexer and by Esper's (one sees a separator where the other sees part of a name).
     */
    static final class NonAsciiCode {

        private NonAsciiCode() {
        }

        static void check(EplStatement statement, List<RuleProblem> problems) {
            String text = statement.text();
            int from = 0;
            for (EplToken token : statement.tokens()) {
                if (!checkGap(statement, text, from, token.start(), problems)) {
                    return;
                }
                if (token.kind() != EplToken.Kind.STRING && !ascii(text, token.start(), token.end())) {
                    problems.add(statement.problem(token, "non-ASCII character in '" + token.text() + "': rule code"
                            + " is ASCII (anything goes in 'strings' and comments)"));
                    return;
                }
                from = token.end();
            }
            checkGap(statement, text, from, text.length(), problems);
        }

        /** Between tokens there is only whitespace and comments; returns false after reporting a problem. */
        private static boolean checkGap(EplStatement statement, String text, int from, int to,
                                        List<RuleProblem> problems) {
            int i = from;
            while (i < to) {
                if (text.startsWith("//", i)) {
                    int end = text.indexOf('\n', i);
                    i = end < 0 || end > to ? to : end;
                } else if (text.startsWith("/*", i)) {
                    int end = text.indexOf("*/", i + 2);
                    i = end < 0 || end > to ? to : end + 2;
                } else if (text.charAt(i) > 127) {
                    int line = statement.firstLine() + (int) text.substring(0, i).chars().filter(c -> c == '\n')
                            .count();
                    problems.add(new RuleProblem(statement.file(), line, "non-ASCII character U+"
                            + String.format("%04X", (int) text.charAt(i)) + " outside a string or comment: rule code"
                            + " is ASCII"));
                    return false;
                } else {
                    i++;
                }
            }
            return true;
        }

        private static boolean ascii(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) > 127) {
                    return false;
                }
            }
            return true;
        }
    }
}
