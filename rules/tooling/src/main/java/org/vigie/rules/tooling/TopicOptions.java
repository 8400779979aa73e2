package org.vigie.rules.tooling;

import org.vigie.rules.live.RuleTopics;
import picocli.CommandLine.Option;

/** The live-rules topic names, for a deployment that renamed them. */
final class TopicOptions {

    @Option(names = "--rules-topic", paramLabel = "TOPIC", defaultValue = RuleTopics.RULES,
            description = "compacted rules topic (default: ${DEFAULT-VALUE})")
    String rules;

    @Option(names = "--status-topic", paramLabel = "TOPIC", defaultValue = RuleTopics.RULE_STATUS,
            description = "rule status topic (default: ${DEFAULT-VALUE})")
    String status;

    @Option(names = "--audit-topic", paramLabel = "TOPIC", defaultValue = RuleTopics.AUDIT,
            description = "audit topic (default: ${DEFAULT-VALUE})")
    String audit;
}
