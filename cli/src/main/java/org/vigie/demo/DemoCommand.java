package org.vigie.demo;

import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.deploy.embedded.LocalFlink;
import org.vigie.job.VigieJob;
import org.vigie.job.config.VigieConfig;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.CitySimulator;
import org.vigie.simulator.IncidentMix;
import org.vigie.simulator.KafkaCityWriter;
import org.vigie.simulator.WireFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code vigie demo}: everything on one machine with nothing to set up. A real Kafka broker (KRaft, 127.0.0.1),
 * the Vigie job on a local Flink environment with the default deployment's rules (the starter and city packs), and
 * the city simulator feeding it every kind of incident those rules are for; alerts are printed as a control room
 * would receive them, then one {@code summary:} line.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run Vigie end to end on this machine: embedded Kafka, the job, the city simulator.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--seconds", defaultValue = "0",
            description = "Stop by itself after this many seconds (0: run until Ctrl-C). Default: ${DEFAULT-VALUE}")
    int seconds;

    @Option(names = "--cameras", defaultValue = "120", description = "Cameras in the city. Default: ${DEFAULT-VALUE}")
    int cameras;

    @Option(names = "--hours", defaultValue = "3",
            description = "Hours of city life to simulate (ending now). Default: ${DEFAULT-VALUE}")
    int hours;

    @Option(names = "--parallelism", defaultValue = "2", description = "Job parallelism. Default: ${DEFAULT-VALUE}")
    int parallelism;

    @Option(names = "--seed", defaultValue = "2026", description = "Simulator seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--format", defaultValue = "JSON",
            description = "Wire format of the simulated input: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    WireFormat format;

    /** The share of the run over which the simulator spreads the city's events, leaving time for the last alerts. */
    private static final double FEED_SHARE = 0.6;
    private static final int UNTIL_CTRL_C_FEED_SECONDS = 60;
    private static final int MALFORMED_RECORDS = 6;
    /** The packs of the default deployment (deploy/local/vigie.yaml). */
    static final String PACKS = "[classpath:starter, classpath:city]";
    /** Per hour, city-wide, for each incident type of the city pack, beside the starter's dumping and road ones. */
    private static final double CITY_INCIDENTS_PER_HOUR = 1;

    private final PrintStream out = System.out;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            awaitQuietly(done, 20);
        }, "vigie-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);

        out.println("vigie demo: starting an embedded Kafka broker (KRaft, 127.0.0.1)...");
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            VigieConfig config = VigieConfig.parse("kafka: {bootstrap: '" + kafka.bootstrapServers() + "'}\n"
                    + "incidents: {cap-status: Exercise}\n"
                    + "rules: {packs: " + PACKS + "}\n"
                    + "pseudonymization: {key-id: demo-1, key: vigie-demo-key-not-for-production}\n");
            VigieConfig.Topics topics = config.topics();
            kafka.createTopics(2, topics.inputs().toArray(String[]::new));
            kafka.createTopics(2, topics.outputs().toArray(String[]::new));
            kafka.createTopics(1, topics.feedback());
            kafka.createTopics(1, true, topics.rules());

            RuleSet rules = RuleSet.load(config.rulePacks());
            StreamExecutionEnvironment env = LocalFlink.of(parallelism).environment();
            VigieJob.define(env, config, rules, false);
            JobClient job = env.executeAsync("vigie-demo");

            out.println("  Kafka:  " + kafka.bootstrapServers());
            out.println("  alerts: topic '" + topics.alerts() + "' (JSON, key = zone; also '" + topics.alertsAvro()
                    + "' as Avro). Read committed records only, e.g.:");
            out.println("          kafka-console-consumer.sh --bootstrap-server " + kafka.bootstrapServers()
                    + " --topic " + topics.alerts() + " --isolation-level read_committed --from-beginning");
            out.println("  incidents: CAP 1.2 on '" + topics.capJson() + "' and '" + topics.capXml()
                    + "' (status Exercise), header vigie-priority = P1..P4");
            out.println("  rules:  " + String.join(", ", rules.ruleIds()));
            out.println(seconds > 0 ? "  stops by itself after " + seconds + " s; Ctrl-C stops it sooner."
                    : "  Ctrl-C stops it.");
            out.println();

            OutputWatcher watcher = new OutputWatcher(kafka.bootstrapServers(), topics, out);
            Thread watching = new Thread(watcher, "vigie-demo-watcher");
            watching.start();
            AtomicLong events = new AtomicLong();
            Thread feeding = new Thread(() -> feed(kafka, events), "vigie-demo-simulator");
            feeding.setDaemon(true);
            feeding.start();

            if (seconds > 0) {
                stop.await(seconds, TimeUnit.SECONDS);
            } else {
                stop.await();
            }
            cancelQuietly(job);
            watcher.stop();
            watching.join(5_000);
            out.println(summary(events.get(), watcher, rules));
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running and waits for 'done'.
            }
        }
        return 0;
    }

    private void feed(EmbeddedKafka kafka, AtomicLong events) {
        long now = System.currentTimeMillis();
        CityConfig city = CityConfig.sample(seed)
                .withDevices(cameras, Math.max(1, cameras * 2 / 5), Math.max(2, cameras / 2), 4)
                .withTime(now - Duration.ofHours(hours).toMillis(), Duration.ofHours(hours))
                .withIncidentMix(IncidentMix.each(CITY_INCIDENTS_PER_HOUR));
        CitySimulator sim = new CitySimulator(city);
        long total = sim.events().count();
        double feedSeconds = (seconds > 0 ? seconds : UNTIL_CTRL_C_FEED_SECONDS) * FEED_SHARE;
        try (KafkaCityWriter writer = KafkaCityWriter.create(kafka.bootstrapServers(), format.encoder(),
                Math.max(1, total / feedSeconds), false)) {
            writer.writeRaw(sim.malformedRecords(MALFORMED_RECORDS));
            Map<String, Long> counts = writer.write(sim);
            events.set(counts.values().stream().mapToLong(Long::longValue).sum());
        } catch (RuntimeException e) {
            out.println("simulator stopped: " + e.getMessage());
        }
    }

    private static String summary(long events, OutputWatcher watcher, RuleSet rules) {
        Map<String, Long> byRule = watcher.alertsByRule();
        StringJoiner line = new StringJoiner(" ", "summary: ", "");
        line.add("events=" + events);
        line.add("dead_letters=" + watcher.deadLetters.get());
        line.add("late=" + watcher.late.get());
        line.add("alerts=" + byRule.values().stream().mapToLong(Long::longValue).sum());
        line.add("incidents=" + watcher.incidents.get());
        for (String rule : rules.ruleIds()) {
            line.add(rule + "=" + byRule.getOrDefault(rule, 0L));
        }
        return line.toString();
    }

    private static void cancelQuietly(JobClient job) {
        try {
            job.cancel().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Shutting down anyway: the local cluster goes with the JVM.
        }
    }

    private static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
