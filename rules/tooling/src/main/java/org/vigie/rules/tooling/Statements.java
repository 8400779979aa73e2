package org.vigie.rules.tooling;

/**
 * Counts the statements of an EPL module (non-empty text between top-level {@code ;}), skipping strings,
 * back-quoted names and comments, so {@code rules check} can say how many rules it looked at, refused ones included.
 */
final class Statements {

    private Statements() {
    }

    static int count(String text) {
        int count = 0;
        boolean content = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                i = end(text, "\n", i + 2);
            } else if (text.startsWith("/*", i)) {
                i = end(text, "*/", i + 2);
            } else if (text.startsWith("\"\"\"", i)) {
                content = true;
                i = end(text, "\"\"\"", i + 3);
            } else if (c == '\'' || c == '"' || c == '`') {
                content = true;
                i = quoted(text, c, i + 1);
            } else if (c == ';') {
                count += content ? 1 : 0;
                content = false;
                i++;
            } else {
                content |= !Character.isWhitespace(c);
                i++;
            }
        }
        return count + (content ? 1 : 0);
    }

    private static int end(String text, String terminator, int from) {
        int at = text.indexOf(terminator, from);
        return at < 0 ? text.length() : at + terminator.length();
    }

    private static int quoted(String text, char quote, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\' && quote != '`') {
                i++;
            } else if (text.charAt(i) == quote) {
                return i + 1;
            }
        }
        return text.length();
    }
}
