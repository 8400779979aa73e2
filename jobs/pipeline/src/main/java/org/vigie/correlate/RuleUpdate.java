package org.vigie.correlate;

import org.vigie.rules.live.RuleChange;

/**
 * One record of the rules topic as the job reads it: the record key, and the change it carries (read by
 * {@link org.vigie.rules.live.RuleChangeCodec}, as {@code vigie rules deploy} wrote it) or {@code null} for a
 * tombstone, which deletes the rule.
 *
 * @param ruleId the record key; the change must name the same rule ({@link LiveRules} checks it)
 */
public record RuleUpdate(String ruleId, RuleChange change) {

    public boolean isDelete() {
        return change == null;
    }
}
