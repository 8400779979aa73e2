package org.vigie.rules;

import java.util.List;
import java.util.Locale;

/**
 * One lexical token of EPL text. Comments and whitespace are dropped; {@code start}/{@code end} are character offsets
 * in the text the token was read from, {@code line} is 1-based in that text.
 */
record EplToken(Kind kind, String text, int line, int start, int end) {

    enum Kind { IDENT, STRING, NUMBER, SYMBOL }

    boolean isIdent(String keyword) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    /** Identifier text in lower case, for EPL's case-insensitive keywords; other tokens as they are. */
    String lower() {
        return kind == Kind.IDENT ? text.toLowerCase(Locale.ROOT) : text;
    }

    /** The value of a string literal without its quotes and escapes. */
    String stringValue() {
        if (kind != Kind.STRING) {
            return text;
        }
        String body = text.startsWith("\"\"\"") ? text.substring(3, text.length() - 3)
                : text.substring(1, text.length() - 1);
        StringBuilder value = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                c = body.charAt(++i);
            }
            value.append(c);
        }
        return value.toString();
    }

    /** The index of the bracket closing the one at {@code open} in {@code t} (any of ( [ {), or its size if none. */
    static int closing(List<EplToken> t, int open) {
        String opening = t.get(open).text();
        String closing = opening.equals("(") ? ")" : opening.equals("[") ? "]" : "}";
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            if (t.get(i).isSymbol(opening)) {
                depth++;
            } else if (t.get(i).isSymbol(closing) && --depth == 0) {
                return i;
            }
        }
        return t.size();
    }
}
