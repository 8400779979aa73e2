package org.vigie.rules.tooling;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vigie rules list --bootstrap B}: the standing rules and what the job made of them. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Read the rules topic and the rule-status topic to their end and print each standing rule:"
                + " id, version, author, submitted time and latest status (with the problems of a rejection).",
                "PENDING: the job has not answered yet. A rejected change leaves the previous version running."})
public final class ListCommand implements Callable<Integer> {

    private static final String FORMAT = "%-28s %7s  %-16s %-24s %s%n";

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private TopicOptions topics;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (kafka.bootstrap == null || kafka.bootstrap.isBlank()) {
            err.println("vigie rules list: --bootstrap is required");
            err.flush();
            return Sources.USAGE;
        }
        List<String> unreadable = new ArrayList<>();
        Map<String, RuleChange> rules = RuleTopicReader.rules(kafka.clientConfig(), topics.rules, unreadable);
        Map<String, RuleStatus> statuses = RuleTopicReader.statuses(kafka.clientConfig(), topics.status, unreadable);
        unreadable.forEach(u -> err.println("unreadable record on " + u));
        out.printf(FORMAT, "rule", "version", "author", "submitted", "status");
        for (RuleChange rule : rules.values()) {
            RuleStatus status = statuses.get(rule.ruleId());
            out.printf(FORMAT, rule.ruleId(), rule.version(), rule.author(),
                    Instant.ofEpochMilli(rule.submittedAt()), describe(rule, status));
            if (status != null && status.status() == RuleStatus.Status.REJECTED
                    && status.version() == rule.version()) {
                status.message().lines().forEach(line -> out.println("    " + line));
            }
        }
        out.println(rules.size() + " rules on " + topics.rules);
        out.flush();
        err.flush();
        return 0;
    }

    private static String describe(RuleChange rule, RuleStatus status) {
        if (status == null || status.version() < rule.version()) {
            return "PENDING" + (status == null ? "" : " (last: " + status.status() + " v" + status.version() + ")");
        }
        String text = status.status().name() + (status.version() == rule.version() ? "" : " v" + status.version());
        return status.status() == RuleStatus.Status.REJECTED ? text + " (the previous version keeps running)" : text;
    }
}
