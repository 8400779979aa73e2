package org.vigie.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One EPL statement read from a file: its text, its tokens and the annotations at its head. Token lines are relative
 * to {@code text}; {@link #lineOf} maps them back to the file.
 */
final class EplStatement {

    private final String file;
    private final int firstLine;
    private final String text;
    private final List<EplToken> tokens;
    private final List<EplAnnotation> annotations = new ArrayList<>();
    private final int bodyStart;

    private EplStatement(String file, int firstLine, String text, List<EplToken> tokens) {
        this.file = file;
        this.firstLine = firstLine;
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.bodyStart = readAnnotations();
    }

    /**
     * Tokenizes one statement's text.
     *
     * @param firstLine the line of the text's first character in {@code file}
     */
    static EplStatement parse(String file, int firstLine, String text) throws EplLexer.LexException {
        return new EplStatement(file, firstLine, text, EplLexer.tokenize(text));
    }

    String file() {
        return file;
    }

    int firstLine() {
        return firstLine;
    }

    String text() {
        return text;
    }

    List<EplToken> tokens() {
        return tokens;
    }

    List<EplAnnotation> annotations() {
        return annotations;
    }

    /** The first token after the annotations, or {@code null} if there is none. */
    EplToken bodyFirst() {
        return bodyStart < tokens.size() ? tokens.get(bodyStart) : null;
    }

    /** The line of {@code token} in the file. */
    int lineOf(EplToken token) {
        return firstLine + token.line() - 1;
    }

    RuleProblem problem(EplToken token, String message) {
        return new RuleProblem(file, token == null ? firstLine : lineOf(token), message);
    }

    private int readAnnotations() {
        int i = 0;
        while (i + 1 < tokens.size() && tokens.get(i).isSymbol("@")
                && tokens.get(i + 1).kind() == EplToken.Kind.IDENT) {
            EplToken at = tokens.get(i);
            StringBuilder name = new StringBuilder(tokens.get(i + 1).text());
            i += 2;
            while (i + 1 < tokens.size() && tokens.get(i).isSymbol(".")
                    && tokens.get(i + 1).kind() == EplToken.Kind.IDENT) {
                name.append('.').append(tokens.get(i + 1).text());
                i += 2;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            boolean literal = true;
            if (i < tokens.size() && tokens.get(i).isSymbol("(")) {
                int close = matchingParen(i);
                literal = readAttributes(tokens.subList(i + 1, close), attributes);
                i = close + 1;
            }
            annotations.add(new EplAnnotation(name.toString(), attributes, literal, at));
        }
        return i;
    }

    private int matchingParen(int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).isSymbol("(")) {
                depth++;
            } else if (tokens.get(i).isSymbol(")") && --depth == 0) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** Reads {@code 'v'} or {@code a='v', b=2}; returns false (leaving what it read) on anything else. */
    private static boolean readAttributes(List<EplToken> args, Map<String, String> into) {
        if (args.size() == 1 && isLiteral(args.get(0))) {
            into.put("value", args.get(0).stringValue());
            return true;
        }
        for (int i = 0; i < args.size(); i += 4) {
            boolean pair = i + 2 < args.size() && args.get(i).kind() == EplToken.Kind.IDENT
                    && args.get(i + 1).isSymbol("=") && isLiteral(args.get(i + 2))
                    && (i + 3 == args.size() || args.get(i + 3).isSymbol(","));
            if (!pair) {
                return false;
            }
            into.put(args.get(i).text(), args.get(i + 2).stringValue());
        }
        return true;
    }

    private static boolean isLiteral(EplToken token) {
        return token.kind() != EplToken.Kind.SYMBOL;
    }
}
