package org.vigie.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.vigie.events.SourceKind;

/**
 * A rule is one query: it starts (after its annotations) with {@code select}, {@code insert}, {@code context} or an
 * {@code expression} declaration. Module items ({@code import}, {@code uses}, {@code module}) and declarations
 * ({@code create ...}, {@code on ...}) belong to the platform, not to rules; only known annotations are accepted,
 * wherever they stand (Esper also reads annotations after an expression declaration), and a rule may not insert
 * into a Vigie event type.
 */
final class StatementShapeCheck implements RuleCheck {

    static final Set<String> ALLOWED_STARTS = Set.of("select", "insert", "context", "expression");
    static final Set<String> ALLOWED_ANNOTATIONS = Set.of("name", "description", "tag", "hint", "priority");
    /** Markers that belong inside an expression, not to the statement: {@code window(*) @eventbean}. */
    static final Set<String> EXPRESSION_MARKERS = Set.of("eventbean", "consume");

    @Override
    public void check(EplStatement statement, List<RuleProblem> problems) {
        for (EplAnnotation annotation : statement.annotations()) {
            if (!ALLOWED_ANNOTATIONS.contains(annotation.name().toLowerCase(Locale.ROOT))) {
                problems.add(statement.problem(annotation.at(), "annotation @" + annotation.name()
                        + " is not allowed in rules (allowed: @Name, @Description, @Tag, @Hint, @Priority)"));
            }
        }
        EplToken first = statement.bodyFirst();
        if (first == null) {
            problems.add(statement.problem(null, "annotations without a statement"));
        } else if (first.isIdent("import") || first.isIdent("uses")) {
            problems.add(statement.problem(first, "'" + first.text() + "' is not allowed: rules may not import"
                    + " Java classes or other modules"));
        } else if (!ALLOWED_STARTS.contains(first.lower())) {
            problems.add(statement.problem(first, "a rule is one query (select, insert into, context ... select),"
                    + " not '" + first.text() + "'"));
        }
        checkBody(statement, problems);
    }

    private static void checkBody(EplStatement statement, List<RuleProblem> problems) {
        List<EplToken> t = statement.tokens();
        int bodyStart = statement.bodyFirst() == null ? t.size() : t.indexOf(statement.bodyFirst());
        for (int i = bodyStart; i + 1 < t.size(); i++) {
            EplToken token = t.get(i);
            EplToken next = t.get(i + 1);
            if (token.isSymbol("@") && next.kind() == EplToken.Kind.IDENT
                    && !EXPRESSION_MARKERS.contains(next.lower())) {
                problems.add(statement.problem(token, ALLOWED_ANNOTATIONS.contains(next.lower())
                        ? "annotation @" + next.text() + " must stand at the head of the rule"
                        : "annotation @" + next.text() + " is not allowed in rules (allowed: @Name, @Description,"
                                + " @Tag, @Hint, @Priority)"));
            } else if (token.isIdent("into") && i > 0 && isInsert(t, i - 1) && isVigieType(next)) {
                problems.add(statement.problem(next, "insert into " + next.text() + " is not allowed: it would feed"
                        + " made-up events to every rule, this one included (an endless loop)"));
            }
        }
    }

    /** {@code insert into} or {@code insert istream|rstream|irstream into}, ending at {@code at}. */
    private static boolean isInsert(List<EplToken> t, int at) {
        EplToken before = t.get(at);
        if (before.isIdent("istream") || before.isIdent("rstream") || before.isIdent("irstream")) {
            return at > 0 && t.get(at - 1).isIdent("insert");
        }
        return before.isIdent("insert");
    }

    private static boolean isVigieType(EplToken token) {
        for (SourceKind kind : SourceKind.values()) {
            if (token.isIdent(kind.eplType())) {
                return true;
            }
        }
        return false;
    }
}
