package org.vigie.rules.tooling;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigie.rules.Rule;
import org.vigie.rules.live.AuditEntry;
import org.vigie.rules.live.RuleChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigie rules deploy PATH --bootstrap B}: check, then publish every rule to the rules topic. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Check the rules (as 'rules check'), then publish one change per rule to the rules topic"
                + " (key = rule id) and a RULE_SUBMITTED entry per rule to the audit topic, in one transaction.",
                "Publishes nothing (exit code 1) if any rule has a problem, or if a changed rule keeps the version"
                        + " already published. A rule already published with the same version and text is left"
                        + " alone. The job answers on the rule-status topic: see 'rules list'."})
public final class DeployCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "a .epl file or a pack directory")
    private List<String> paths;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private TopicOptions topics;

    @Option(names = "--author", paramLabel = "NAME", description = "who deploys (default: the user name)")
    private String author = System.getProperty("user.name", "unknown");

    @Option(names = "--comment", paramLabel = "TEXT", description = "why, kept with each change")
    private String comment;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (kafka.bootstrap == null || kafka.bootstrap.isBlank()) {
            err.println("vigie rules deploy: --bootstrap is required");
            err.flush();
            return Sources.USAGE;
        }
        List<RuleSource> sources = Sources.read(paths, "deploy", err);
        if (sources == null) {
            return Sources.USAGE;
        }
        PackChecker.Result checked = PackChecker.check(sources);
        checked.problems().forEach(out::println);
        out.println(checked.statements() + " rules checked, " + checked.problems().size() + " problems");
        if (!checked.ok()) {
            out.println("nothing published");
            out.flush();
            return 1;
        }
        List<String> problems = new ArrayList<>();
        Map<String, RuleChange> published = RuleTopicReader.rules(kafka.clientConfig(), topics.rules,
                new ArrayList<>());
        long now = System.currentTimeMillis();
        List<RuleChange> changes = new ArrayList<>();
        List<AuditEntry> audit = new ArrayList<>();
        for (PackChecker.CheckedRule checkedRule : checked.rules()) {
            Rule rule = checkedRule.rule();
            RuleChange current = published.get(rule.id());
            if (current != null && current.version() == rule.version() && current.text().equals(rule.epl())) {
                out.println("unchanged " + rule.id() + " v" + rule.version() + " (" + checkedRule.file() + ")");
            } else if (current != null && rule.version() <= current.version()) {
                problems.add(checkedRule.file() + ":" + rule.line() + ": rule '" + rule.id() + "' changed but its"
                        + " version " + rule.version() + " does not raise the published version " + current.version()
                        + ": bump @Tag(name='version', ...)");
            } else {
                changes.add(new RuleChange(rule.id(), rule.version(), rule.epl(), author, now,
                        checkedRule.source().pack(), comment));
                audit.add(new AuditEntry(now, author, AuditEntry.Action.RULE_SUBMITTED,
                        AuditEntry.ruleSubject(rule.id(), rule.version()), "from " + checkedRule.file()
                        + (comment == null ? "" : ": " + comment)));
            }
        }
        problems.forEach(out::println);
        if (!problems.isEmpty()) {
            out.println("nothing published");
            out.flush();
            return 1;
        }
        if (!changes.isEmpty()) {
            RulePublisher.publish(kafka.clientConfig(), topics.rules, topics.audit, changes, audit);
        }
        changes.forEach(c -> out.println("published " + c.ruleId() + " v" + c.version() + " to " + topics.rules
                + " (audit: " + AuditEntry.Action.RULE_SUBMITTED + " on " + topics.audit + ")"));
        out.println(changes.size() + " rules published");
        out.flush();
        return 0;
    }
}
