package org.vigie.rules.live;

import java.util.Objects;

/**
 * One rule submitted to the {@value RuleTopics#RULES} topic under key {@code ruleId}: the whole statement as its
 * author wrote it, annotations included.
 *
 * @param ruleId      equals the record key and the text's {@code @Name}
 * @param version     equals the text's {@code @Tag(name='version', ...)}
 * @param text        one EPL statement with its annotations (no trailing {@code ;} needed)
 * @param author      who submitted it
 * @param submittedAt when, epoch ms UTC (wall clock of the submitter)
 * @param pack        the pack it came from, or {@code null}
 * @param comment     why, or {@code null}
 */
public record RuleChange(
        String ruleId,
        int version,
        String text,
        String author,
        long submittedAt,
        String pack,
        String comment) {

    public RuleChange {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
    }
}
