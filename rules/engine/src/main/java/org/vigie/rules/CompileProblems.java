package org.vigie.rules;

import com.espertech.esper.compiler.client.EPCompileException;
import com.espertech.esper.compiler.client.EPCompileExceptionItem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Esper's compile errors as {@link RuleProblem}s: Esper's message, without the statement text it echoes, at the
 * absolute line in the rule's file. Esper gives a line for some syntax errors only ("at line 3 column 5", relative
 * to the statement); otherwise the line of the token the message quotes ("near 'frm'") is used, else the
 * statement's first line.
 */
final class CompileProblems {

    private static final Pattern AT_LINE = Pattern.compile("at line (\\d+)");
    private static final Pattern NEAR = Pattern.compile("near '([^']+)'");

    private CompileProblems() {
    }

    static List<RuleProblem> of(Rule rule, EplStatement statement, EPCompileException e) {
        List<RuleProblem> problems = new ArrayList<>();
        List<EPCompileExceptionItem> items = e.getItems();
        if (items == null || items.isEmpty()) {
            problems.add(problem(rule, statement, e.getMessage()));
        } else {
            for (EPCompileExceptionItem item : items) {
                problems.add(problem(rule, statement, item.getMessage()));
            }
        }
        return problems;
    }

    private static RuleProblem problem(Rule rule, EplStatement statement, String message) {
        String text = message == null ? "compile failed" : message;
        int echo = text.indexOf(" [" + rule.epl().substring(0, Math.min(6, rule.epl().length())));
        if (echo > 0) {
            text = text.substring(0, echo);
        }
        Matcher at = AT_LINE.matcher(text);
        if (at.find()) {
            int line = rule.line() + Integer.parseInt(at.group(1)) - 1;
            return new RuleProblem(rule.sourceFile(), line,
                    text.substring(0, at.start()) + "at line " + line + text.substring(at.end()));
        }
        Matcher near = NEAR.matcher(text);
        if (near.find()) {
            for (EplToken token : statement.tokens()) {
                if (token.text().equals(near.group(1))) {
                    return new RuleProblem(rule.sourceFile(), statement.lineOf(token), text);
                }
            }
        }
        return new RuleProblem(rule.sourceFile(), rule.line(), text);
    }
}
