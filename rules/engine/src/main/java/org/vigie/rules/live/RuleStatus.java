package org.vigie.rules.live;

import java.util.Objects;

/**
 * What became of a rule change, on the {@value RuleTopics#RULE_STATUS} topic (key = rule id).
 *
 * @param version  the version the status is about (0 if the change could not be read)
 * @param message  for {@link Status#REJECTED}: the problems, one {@code file:line: message} per line; otherwise a
 *                 short note or empty
 * @param at       when, epoch ms UTC
 * @param subtask  for {@link Status#ACTIVE}: the job subtask that deployed it; otherwise {@code null}
 */
public record RuleStatus(String ruleId, int version, Status status, String message, long at, Integer subtask) {

    public RuleStatus {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(status, "status");
        message = message == null ? "" : message;
    }

    public enum Status {
        /** Validated centrally; about to be deployed in every subtask. */
        ACCEPTED,
        /** Refused: the running version (if any) keeps running. */
        REJECTED,
        /** Undeployed after a tombstone. */
        DELETED,
        /** Deployed in one subtask ({@link #subtask()}). */
        ACTIVE
    }
}
