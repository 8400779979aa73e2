package org.vigie.rules.tooling;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigie.rules.tooling.KafkaRangeInput.TopicKind;
import org.vigie.zones.ZoneMap;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigie rules backtest}: the rules over recorded events, as fast as one engine goes. */
@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Run rules over recorded events in event-time order and count their alerts per day, rule"
                + " and priority.",
                "Events come from a file (JSON lines, one SignalCodec JSON object per line with a \"type\" field;"
                        + " or an Avro container file of one event type) or from Kafka topics. They are sorted"
                        + " by event time first, so the file may be in any order. Events without a zone get one"
                        + " from the zone map; progress goes to stderr, the report to stdout."})
public final class BacktestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rules", required = true, paramLabel = "PATH",
            description = "a .epl file or a pack directory (repeatable)")
    private List<String> rules;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Input input;

    static final class Input {
        @Option(names = "--events", paramLabel = "FILE", description = "JSON lines or an Avro container file")
        Path events;

        @Option(names = "--topic", paramLabel = "TOPIC[=TYPE]", description = "an input topic (repeatable);"
                + " the vigie.in.* names imply their type, others need =CameraDetection etc.")
        List<String> topics;
    }

    @Mixin
    private KafkaOptions kafka;

    @Option(names = "--kind", paramLabel = "TYPE", description = "event type of JSON lines without a \"type\"")
    private String kind;

    @Option(names = "--from", paramLabel = "ISO", description = "first event time, e.g. 2026-03-02T08:00:00Z")
    private Instant from;

    @Option(names = "--to", paramLabel = "ISO", description = "event time to stop before")
    private Instant to;

    @Option(names = "--zones", paramLabel = "FILE", description = "GeoJSON zone map (default: the sample city)")
    private Path zones;

    @Option(names = "--json", description = "print the report as JSON")
    private boolean json;

    @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "show progress on stderr (default: on; --no-progress to hide it)")
    private boolean progress;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<RuleSource> sources = Sources.read(rules, "backtest", err);
        if (sources == null || !validInput(err)) {
            return Sources.USAGE;
        }
        PackChecker.Result checked = PackChecker.check(sources);
        if (!checked.ok()) {
            checked.problems().forEach(err::println);
            err.println("vigie rules backtest: " + checked.problems().size() + " problems in the rules, nothing run");
            err.flush();
            return 1;
        }
        EventCollector events = new EventCollector(zones == null ? ZoneMap.sample() : ZoneMap.load(zones),
                from == null ? Long.MIN_VALUE : from.toEpochMilli(), to == null ? Long.MAX_VALUE : to.toEpochMilli());
        Progress reading = new Progress(err, "reading", 0, progress);
        if (input.events != null) {
            EventFiles.read(input.events, kind == null ? null : EventLines.kindOf(kind), events, reading);
        } else {
            KafkaRangeInput.read(kafka.clientConfig(), input.topics.stream().map(TopicKind::parse).toList(),
                    from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                    to == null ? Long.MAX_VALUE : to.toEpochMilli(), events, reading);
        }
        reading.finish(events.read());
        events.reasons().forEach(r -> err.println("refused " + r));
        BacktestReport report = Backtest.run(checked.rules().stream().map(PackChecker.CheckedRule::compiled).toList(),
                events.events(), events.refused(),
                new Progress(err, "backtest", events.events().size(), progress));
        err.println(report.summary());
        out.print(json ? report.json() + "\n" : report.table());
        out.flush();
        err.flush();
        return 0;
    }

    private boolean validInput(PrintWriter err) {
        String problem = null;
        if (input.topics != null && (kafka.bootstrap == null || kafka.bootstrap.isBlank())) {
            problem = "--topic needs --bootstrap";
        } else if (kind != null && EventLines.kindOf(kind) == null) {
            problem = "--kind must be CameraDetection, DumpingObservation, TrafficEvent or CitizenReport";
        } else if (input.topics != null) {
            try {
                input.topics.forEach(TopicKind::parse);
            } catch (IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
        if (problem != null) {
            err.println("vigie rules backtest: " + problem);
            err.flush();
        }
        return problem == null;
    }
}
