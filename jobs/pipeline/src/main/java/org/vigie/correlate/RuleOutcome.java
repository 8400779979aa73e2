package org.vigie.correlate;

import java.io.Serializable;

/**
 * What a subtask did with a {@link RuleUpdate}, for the rule-status and audit topics.
 *
 * @param message the checker's or compiler's problems ({@code file:line: message} lines) when rejected
 * @param at      the engine's event time when the change took effect (or was refused)
 */
public record RuleOutcome(String ruleId, int version, Status status, String message, String author, long at)
        implements Serializable {

    public enum Status { ACCEPTED, REJECTED, DELETED }
}
