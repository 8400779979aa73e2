package org.vigie.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.vigie.events.Alert;

/**
 * Reads rules from an EPL module file: splits it at top-level {@code ;} into statements, checks each with
 * {@link RuleGuard} and turns its annotations into a {@link Rule}. A statement with a problem yields problems and no
 * rule; the others still load.
 */
final class RuleReader {

    static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final List<String> TAGS = List.of("severity", "version", "owner", "partition");
    static final String ZONE_PARTITION = "zone";

    /** The rules of one file, and the problems of its refused statements. */
    record Result(List<Rule> rules, List<RuleProblem> problems) {
    }

    private RuleReader() {
    }

    static Result read(String file, String text) {
        List<Rule> rules = new ArrayList<>();
        List<RuleProblem> problems = new ArrayList<>();
        List<EplToken> tokens;
        try {
            tokens = EplLexer.tokenize(text);
        } catch (EplLexer.LexException e) {
            problems.add(new RuleProblem(file, e.line, e.getMessage()));
            return new Result(rules, problems);
        }
        int first = 0;
        for (int i = 0; i <= tokens.size(); i++) {
            if (i == tokens.size() || tokens.get(i).isSymbol(";")) {
                if (i > first) {
                    EplToken head = tokens.get(first);
                    String statementText = text.substring(head.start(), tokens.get(i - 1).end());
                    readStatement(file, head.line(), statementText, rules, problems);
                }
                first = i + 1;
            }
        }
        return new Result(rules, problems);
    }

    /** Reads one statement's text, starting at {@code line} of {@code file}, into a rule or problems. */
    static void readStatement(String file, int line, String text, List<Rule> rules, List<RuleProblem> problems) {
        EplStatement statement;
        try {
            statement = EplStatement.parse(file, line, text);
        } catch (EplLexer.LexException e) {
            problems.add(new RuleProblem(file, line + e.line - 1, e.getMessage()));
            return;
        }
        List<RuleProblem> found = RuleGuard.check(statement);
        Rule rule = found.isEmpty() ? toRule(statement, found) : null;
        problems.addAll(found);
        if (rule != null) {
            rules.add(rule);
        }
    }

    private static Rule toRule(EplStatement statement, List<RuleProblem> problems) {
        Map<String, EplAnnotation> singles = new HashMap<>();
        Map<String, String> tags = new HashMap<>();
        int before = problems.size();
        for (EplAnnotation a : statement.annotations()) {
            String kind = a.name().toLowerCase(Locale.ROOT);
            if (!a.literal()) {
                problems.add(statement.problem(a.at(), "@" + a.name() + " must have literal values only"));
            } else if (kind.equals("tag")) {
                readTag(statement, a, tags, problems);
            } else if ((kind.equals("name") || kind.equals("description")) && singles.put(kind, a) != null) {
                problems.add(statement.problem(a.at(), "@" + a.name() + " is given twice"));
            }
        }
        EplAnnotation name = singles.get("name");
        String id = name == null ? null : name.attributes().get("value");
        if (id == null) {
            problems.add(statement.problem(null, "missing @Name('rule-id')"));
        } else if (!RULE_ID.matcher(id).matches()) {
            problems.add(statement.problem(name.at(), "rule id '" + id + "' must be lower-case letters, digits,"
                    + " '.', '_' or '-' (at most 100)"));
        }
        Alert.Severity severity = severity(statement, tags.get("severity"), problems);
        int version = version(statement, tags.get("version"), problems);
        String partition = tags.getOrDefault("partition", ZONE_PARTITION);
        if (!partition.equals(ZONE_PARTITION)) {
            problems.add(statement.problem(null, "partition '" + partition + "' is not supported: rules are"
                    + " evaluated per zone, the only partition for now (@Tag(name='partition', value='zone'))"));
        }
        if (problems.size() > before) {
            return null;
        }
        EplAnnotation description = singles.get("description");
        return new Rule(id, version, severity,
                description == null ? id : description.attributes().getOrDefault("value", id),
                tags.get("owner"), partition, statement.text(), statement.file(), statement.firstLine());
    }

    private static void readTag(EplStatement statement, EplAnnotation a, Map<String, String> tags,
                                List<RuleProblem> problems) {
        String tag = a.attributes().get("name");
        String value = a.attributes().get("value");
        if (tag == null || value == null) {
            problems.add(statement.problem(a.at(), "@Tag needs name='...' and value='...'"));
        } else if (!TAGS.contains(tag)) {
            problems.add(statement.problem(a.at(), "unknown @Tag '" + tag + "' (known: " + String.join(", ", TAGS)
                    + ")"));
        } else if (tags.put(tag, value) != null) {
            problems.add(statement.problem(a.at(), "@Tag '" + tag + "' is given twice"));
        }
    }

    private static Alert.Severity severity(EplStatement statement, String value, List<RuleProblem> problems) {
        if (value == null) {
            problems.add(statement.problem(null, "missing @Tag(name='severity', value='LOW|MEDIUM|HIGH|CRITICAL')"));
            return null;
        }
        try {
            return Alert.Severity.valueOf(value);
        } catch (IllegalArgumentException e) {
            problems.add(statement.problem(null, "severity '" + value + "' is not one of LOW, MEDIUM, HIGH,"
                    + " CRITICAL"));
            return null;
        }
    }

    private static int version(EplStatement statement, String value, List<RuleProblem> problems) {
        if (value == null) {
            problems.add(statement.problem(null, "missing @Tag(name='version', value='<positive integer>')"));
            return 0;
        }
        try {
            int version = Integer.parseInt(value);
            if (version > 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // not a number: same message as zero or negative
        }
        problems.add(statement.problem(null, "version '" + value + "' is not a positive integer"));
        return 0;
    }
}
