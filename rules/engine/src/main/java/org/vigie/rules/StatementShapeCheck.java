package org.vigie.rules;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A rule is one query: it starts (after its annotations) with {@code select}, {@code insert}, {@code context} or an
 * {@code expression} declaration. Module items ({@code import}, {@code uses}, {@code module}) and declarations
 * ({@code create ...}, {@code on ...}) belong to the platform, not to rules; only known annotations are accepted.
 */
final class StatementShapeCheck implements RuleCheck {

    static final Set<String> ALLOWED_STARTS = Set.of("select", "insert", "context", "expression");
    static final Set<String> ALLOWED_ANNOTATIONS = Set.of("name", "description", "tag", "hint", "priority");

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
    }
}
