package org.vigie.rules.live;

/** The default names of the live-rules topics; a deployment may rename them. */
public final class RuleTopics {

    /** Compacted: key = rule id (UTF-8), value = {@link RuleChange} JSON, a tombstone (null value) deletes. */
    public static final String RULES = "vigie.rules";
    /** Key = rule id, value = {@link RuleStatus} JSON: what the job made of each change. */
    public static final String RULE_STATUS = "vigie.rule-status";
    /** Key = the entry's subject, value = {@link AuditEntry} JSON: who did what, when. Append-only. */
    public static final String AUDIT = "vigie.audit";

    private RuleTopics() {
    }
}
