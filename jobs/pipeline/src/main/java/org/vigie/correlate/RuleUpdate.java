package org.vigie.correlate;

import java.io.Serializable;

/**
 * One change read from the rules topic: a rule's new text, or its deletion ({@code text == null}).
 *
 * @param version the version the submitter declared (checked against the text's own version tag)
 */
public record RuleUpdate(String ruleId, int version, String text, String author) implements Serializable {

    public boolean isDelete() {
        return text == null;
    }
}
