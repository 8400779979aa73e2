package org.vigie.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A small EPL tokenizer: enough to split a module into statements at top-level {@code ;}, read annotations and run
 * the rule checks with line numbers, without depending on Esper's internal grammar classes.
 */
final class EplLexer {

    /** The text could not be tokenized (unterminated string or comment). */
    static final class LexException extends Exception {
        private static final long serialVersionUID = 1L;

        final int line;

        LexException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final String[] MULTI_CHAR_SYMBOLS = {"->", "=>", "!=", "<>", "<=", ">=", "||"};

    private final String text;
    private int pos;
    private int line = 1;

    private EplLexer(String text) {
        this.text = text;
    }

    static List<EplToken> tokenize(String text) throws LexException {
        return new EplLexer(text).run();
    }

    private List<EplToken> run() throws LexException {
        List<EplToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= text.length()) {
                return tokens;
            }
            int start = pos;
            int startLine = line;
            char c = text.charAt(pos);
            EplToken.Kind kind;
            String value = null;
            if (text.startsWith("\"\"\"", pos)) {
                readUntil("\"\"\"", pos + 3, "unterminated triple-quoted text");
                kind = EplToken.Kind.STRING;
            } else if (c == '\'' || c == '"') {
                readQuoted(c);
                kind = EplToken.Kind.STRING;
            } else if (c == '`') {
                readUntil("`", pos + 1, "unterminated `identifier`");
                kind = EplToken.Kind.IDENT;
                value = text.substring(start + 1, pos - 1);
            } else if (Character.isJavaIdentifierStart(c)) {
                while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                    pos++;
                }
                kind = EplToken.Kind.IDENT;
            } else if (Character.isDigit(c)) {
                readNumber();
                kind = EplToken.Kind.NUMBER;
            } else {
                pos += symbolLength();
                kind = EplToken.Kind.SYMBOL;
            }
            tokens.add(new EplToken(kind, value != null ? value : text.substring(start, pos), startLine, start, pos));
        }
    }

    private void skipWhitespaceAndComments() throws LexException {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("//", pos)) {
                while (pos < text.length() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("/*", pos)) {
                readUntil("*/", pos + 2, "unterminated /* comment");
            } else {
                return;
            }
        }
    }

    private void readQuoted(char quote) throws LexException {
        int startLine = line;
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                pos++;
            } else if (c == quote) {
                return;
            } else if (c == '\n') {
                line++;
            }
        }
        throw new LexException(startLine, "unterminated string literal");
    }

    private void readUntil(String end, int from, String error) throws LexException {
        int startLine = line;
        int close = text.indexOf(end, from);
        if (close < 0) {
            throw new LexException(startLine, error);
        }
        for (int i = pos; i < close + end.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        pos = close + end.length();
    }

    private void readNumber() {
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E') && isExponentStart(pos + 1)) {
            pos += Character.isDigit(text.charAt(pos + 1)) ? 1 : 2;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        // A type suffix (10L, 1.5d), but not the start of a word: "10min" is a number then a unit.
        if (pos < text.length() && "lLdDfF".indexOf(text.charAt(pos)) >= 0
                && (pos + 1 >= text.length() || !Character.isJavaIdentifierPart(text.charAt(pos + 1)))) {
            pos++;
        }
    }

    private boolean isExponentStart(int at) {
        if (at < text.length() && Character.isDigit(text.charAt(at))) {
            return true;
        }
        return at + 1 < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')
                && Character.isDigit(text.charAt(at + 1));
    }

    private int symbolLength() {
        for (String symbol : MULTI_CHAR_SYMBOLS) {
            if (text.startsWith(symbol, pos)) {
                return symbol.length();
            }
        }
        return 1;
    }
}
