package org.vigie.rules;

/**
 * Why a rule was refused: where (file and absolute line in it) and what the author should change.
 *
 * @param line 1-based line in {@code file}
 */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
