package org.vigie.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern's partial matches must end in bounded event time, or state grows without bound and a replay of the
 * retained events (one horizon back) could not rebuild them. Every wait that holds matched events (what follows a
 * {@code ->}, an {@code and} of two events, a repeat) needs a {@code timer:within}/{@code withinmax} guard around
 * it. The pattern is parsed with Esper's precedence (guard, every/not, repeat, and, or, ->): in {@code every a -> b
 * -> c where timer:within(1 min)} the guard binds to {@code c} only, so {@code b} may be waited for forever.
 */
final class BoundedPatternCheck implements RuleCheck {

    @Override
    public void check(EplStatement statement, List<RuleProblem> problems) {
        List<EplToken> t = statement.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).isIdent("pattern") && t.get(i + 1).isSymbol("[")) {
                int close = EplToken.closing(t, i + 1);
                checkPattern(statement, t.subList(i + 2, close), problems);
                i = close;
            }
        }
    }

    private static void checkPattern(EplStatement statement, List<EplToken> body, List<RuleProblem> problems) {
        if (body.isEmpty()) {
            return; // Esper refuses an empty pattern
        }
        EplToken firstEvery = body.stream().filter(x -> x.isIdent("every")).findFirst().orElse(null);
        boolean within = false;
        for (int i = 0; i + 2 < body.size(); i++) {
            within |= body.get(i).isIdent("timer") && body.get(i + 1).isSymbol(":") && isWithin(body.get(i + 2));
        }
        if (firstEvery != null && !within) {
            problems.add(statement.problem(firstEvery, "pattern with 'every' but no timer:within: its partial"
                    + " matches would never end (add e.g. 'where timer:within(10 min)')"));
            return;
        }
        PatternTree.Node tree;
        try {
            tree = new PatternTree(body).parse();
        } catch (PatternTree.Unreadable e) {
            problems.add(statement.problem(e.at, "pattern too intricate to prove its matches end ('" + e.at.text()
                    + "'): write it with ->, and, or, not, every, every-distinct, [n] ... until and"
                    + " 'where timer:within(...)'"));
            return;
        }
        check(statement, tree, problems);
    }

    /** Reports each wait that holds matched events and is not bounded in time; a within guard bounds all inside. */
    private static void check(EplStatement statement, PatternTree.Node node, List<RuleProblem> problems) {
        if (node == null) {
            return;
        } else if (node instanceof PatternTree.Guard guard && !guard.within()) {
            check(statement, guard.inner(), problems);
        } else if (node instanceof PatternTree.Unary unary) {
            check(statement, unary.inner(), problems);
        } else if (node instanceof PatternTree.Repeat repeat) {
            if (!bounded(repeat)) {
                problems.add(statement.problem(repeat.at(), "a repeat ([n] ... until ...) holds the events it"
                        + " matched with no time limit: guard it, e.g. '([3] a) where timer:within(10 min)'"));
            }
            check(statement, repeat.inner(), problems);
            check(statement, repeat.until(), problems);
        } else if (node instanceof PatternTree.Nary nary && nary.op().equals("->")) {
            check(statement, nary.parts().get(0), problems);
            for (int k = 1; k < nary.parts().size(); k++) {
                if (!bounded(nary.parts().get(k))) {
                    problems.add(statement.problem(nary.ops().get(k - 1), "after '->' the pattern waits with no"
                            + " time limit, holding what it matched: bound what follows, e.g. '-> (b -> c) where"
                            + " timer:within(10 min)' (a guard binds to the nearest event only)"));
                }
            }
        } else if (node instanceof PatternTree.Nary nary) {
            if (nary.op().equals("and") && nary.parts().stream().filter(p -> !isNot(p)).count() >= 2
                    && !bounded(nary)) {
                problems.add(statement.problem(nary.ops().get(0), "'and' holds the events it has seen while it"
                        + " waits for the others, with no time limit: guard it, e.g. '(a and b) where"
                        + " timer:within(10 min)'"));
            }
            nary.parts().forEach(p -> check(statement, p, problems));
        }
    }

    /** Whether {@code node} ends (true or false) within bounded event time after it starts. */
    static boolean bounded(PatternTree.Node node) {
        if (node instanceof PatternTree.Atom atom) {
            return atom.timer();
        } else if (node instanceof PatternTree.Guard guard) {
            return guard.within() || bounded(guard.inner());
        } else if (node instanceof PatternTree.Repeat r) {
            return r.until() != null ? bounded(r.until()) : r.ranged() && bounded(r.inner());
        } else if (node instanceof PatternTree.Nary nary) {
            if (!nary.op().equals("and")) {
                return nary.op().equals("or") ? nary.parts().stream().anyMatch(BoundedPatternCheck::bounded)
                        : nary.parts().stream().allMatch(BoundedPatternCheck::bounded);
            }
            // 'not x' is true until x comes: an and ends when its other parts do (or when x comes).
            List<PatternTree.Node> events = nary.parts().stream().filter(p -> !isNot(p)).toList();
            return !events.isEmpty() && events.stream().allMatch(BoundedPatternCheck::bounded);
        }
        return false; // every restarts forever; not waits until its event comes
    }

    private static boolean isWithin(EplToken guard) {
        return guard.isIdent("within") || guard.isIdent("withinmax");
    }

    private static boolean isNot(PatternTree.Node node) {
        return node instanceof PatternTree.Unary u && u.op().isIdent("not");
    }

    /** A pattern's operator tree after Esper's grammar: -> of ors of ands of repeats of every/not of guarded atoms. */
    static final class PatternTree {
        sealed interface Node permits Atom, Guard, Unary, Repeat, Nary { }
        // a filter (a=Type(...)) or an observer; timer for timer:interval
        record Atom(EplToken at, boolean timer) implements Node { }
        // inner where timer:within(...) or withinmax (within), another guard, or while
        record Guard(Node inner, boolean within) implements Node { }
        // every, every-distinct(...) or not
        record Unary(EplToken op, Node inner) implements Node { }
        // [range] inner [until until]
        record Repeat(EplToken at, boolean ranged, Node inner, Node until) implements Node { }
        // ->, and, or over two or more parts, with the operator tokens between them
        record Nary(String op, List<Node> parts, List<EplToken> ops) implements Node { }

        /** The tokens are not a pattern this parser knows. */
        static final class Unreadable extends Exception {
            private static final long serialVersionUID = 1L;
            final transient EplToken at;

            Unreadable(EplToken at) {
                super(at.text(), null, false, false);
                this.at = at;
            }
        }

        private final List<EplToken> t;
        private int pos;

        PatternTree(List<EplToken> tokens) {
            this.t = tokens;
        }

        Node parse() throws Unreadable {
            Node node = followedBy();
            if (pos < t.size()) {
                throw new Unreadable(current());
            }
            return node;
        }

        private Node followedBy() throws Unreadable {
            List<Node> parts = new ArrayList<>(List.of(nary("or")));
            List<EplToken> ops = new ArrayList<>();
            while (symbol("->") || symbol("-") && pos + 1 < t.size() && t.get(pos + 1).isSymbol("[")) {
                ops.add(t.get(pos));
                pos = symbol("->") ? pos + 1 : skip(pos + 1, "["); // -> or -[max]>
                if (!ops.get(ops.size() - 1).isSymbol("->")) {
                    expectSymbol(">");
                }
                parts.add(nary("or"));
            }
            return parts.size() == 1 ? parts.get(0) : new Nary("->", parts, ops);
        }

        private Node nary(String op) throws Unreadable {
            List<Node> parts = new ArrayList<>(List.of(op.equals("or") ? nary("and") : matchUntil()));
            List<EplToken> ops = new ArrayList<>();
            while (pos < t.size() && t.get(pos).isIdent(op)) {
                ops.add(t.get(pos++));
                parts.add(op.equals("or") ? nary("and") : matchUntil());
            }
            return parts.size() == 1 ? parts.get(0) : new Nary(op, parts, ops);
        }

        private Node matchUntil() throws Unreadable {
            EplToken at = current();
            boolean ranged = symbol("[");
            pos = ranged ? skip(pos, "[") : pos;
            Node inner = qualify();
            if (pos < t.size() && t.get(pos).isIdent("until")) {
                pos++;
                return new Repeat(at, ranged, inner, qualify());
            }
            return ranged ? new Repeat(at, true, inner, null) : inner;
        }

        private Node qualify() throws Unreadable {
            EplToken op = current();
            if (op.isIdent("every") || op.isIdent("not")) {
                pos++;
                if (op.isIdent("every") && symbol("-") && pos + 1 < t.size() && t.get(pos + 1).isIdent("distinct")) {
                    pos = skip(pos + 2, "(");
                }
                return new Unary(op, symbol("[") // every [n] a
                        ? new Repeat(current(), true, guarded(skip(pos, "[")), null) : guarded(pos));
            }
            return guarded(pos);
        }

        private Node guarded(int at) throws Unreadable {
            pos = at;
            Node node;
            if (symbol("(")) {
                pos++;
                node = followedBy();
                expectSymbol(")");
            } else {
                node = atom();
            }
            if (pos < t.size() && t.get(pos).isIdent("where")) {
                pos++;
                EplToken ns = expectIdent();
                expectSymbol(":");
                EplToken guard = expectIdent();
                pos = skip(pos, "(");
                return new Guard(node, ns.isIdent("timer") && isWithin(guard));
            }
            boolean guardedWhile = pos < t.size() && t.get(pos).isIdent("while");
            pos = guardedWhile ? skip(pos + 1, "(") : pos;
            return guardedWhile ? new Guard(node, false) : node;
        }

        private Node atom() throws Unreadable {
            EplToken first = expectIdent();
            if (symbol(":")) {
                pos++;
                EplToken name = expectIdent();
                pos = skip(pos, "(");
                return new Atom(first, first.isIdent("timer") && name.isIdent("interval"));
            }
            if (symbol("=")) {
                pos++;
                expectIdent();
            }
            while (symbol("(") || symbol("[") || symbol("@")) { // filter, contained events, @consume(n)
                if (symbol("@")) {
                    pos++;
                    expectIdent();
                } else {
                    pos = skip(pos, t.get(pos).text());
                }
            }
            return new Atom(first, false);
        }

        /** From the bracket {@code opening} expected at {@code open}, the index after its matching close. */
        private int skip(int open, String opening) throws Unreadable {
            int close = open < t.size() && t.get(open).isSymbol(opening) ? EplToken.closing(t, open) : t.size();
            if (close >= t.size()) {
                throw new Unreadable(t.get(Math.min(open, t.size() - 1)));
            }
            return close + 1;
        }

        private boolean symbol(String s) {
            return pos < t.size() && t.get(pos).isSymbol(s);
        }

        private EplToken current() throws Unreadable {
            if (pos >= t.size()) {
                throw new Unreadable(t.get(t.size() - 1));
            }
            return t.get(pos);
        }

        private EplToken expectIdent() throws Unreadable {
            if (current().kind() != EplToken.Kind.IDENT) {
                throw new Unreadable(current());
            }
            return t.get(pos++);
        }

        private void expectSymbol(String s) throws Unreadable {
            if (!current().isSymbol(s)) {
                throw new Unreadable(current());
            }
            pos++;
        }
    }
}
