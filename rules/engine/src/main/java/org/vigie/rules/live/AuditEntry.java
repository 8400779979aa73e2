package org.vigie.rules.live;

import java.util.Objects;

/**
 * One line of the {@value RuleTopics#AUDIT} trail: who did what to which subject, when.
 *
 * @param at      epoch ms UTC
 * @param actor   a person (the {@code --author} of a deploy) or a component ({@code vigie-job})
 * @param subject what the action is about, e.g. {@code rule stopped-then-collapse v2}
 * @param details free text: a comment, the problems of a rejection
 */
public record AuditEntry(long at, String actor, Action action, String subject, String details) {

    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        details = details == null ? "" : details;
    }

    public enum Action {
        RULE_SUBMITTED, RULE_ACCEPTED, RULE_REJECTED, RULE_DELETED, RULE_ACTIVATED
    }

    /** The subject naming one version of a rule, as the tools write it. */
    public static String ruleSubject(String ruleId, int version) {
        return "rule " + ruleId + " v" + version;
    }
}
