package org.vigie.correlate;

import org.vigie.rules.live.RuleStatus;

import java.io.Serializable;

/**
 * What a subtask did with a {@link RuleUpdate}, for the rule-status and audit topics.
 *
 * @param status  {@code ACCEPTED}, {@code REJECTED} or {@code DELETED}: the statuses {@code vigie rules list} reads
 * @param message the validator's or compiler's problems ({@code file:line: message} lines) when rejected
 * @param author  who submitted the change; {@code null} for a tombstone, which names no one
 * @param at      the engine's event time when the change took effect (or was refused)
 */
public record RuleOutcome(String ruleId, int version, RuleStatus.Status status, String message, String author,
                          long at) implements Serializable {
}
