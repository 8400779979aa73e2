package org.vigie.rules.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.rules.live.AuditEntry;
import org.vigie.rules.live.AuditEntryCodec;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleChangeCodec;
import org.vigie.rules.live.RuleChangeValidator;
import org.vigie.rules.live.RuleStatus;
import org.vigie.rules.live.RuleStatusCodec;
import org.vigie.rules.live.RuleTopics;
import org.vigie.schemas.wire.DecodeException;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.SimEvent;

/**
 * The commands that talk to Kafka, against a real broker: deploy refuses a bad pack and publishes a good one (with
 * its audit trail, accepted by the job's {@link RuleChangeValidator}), list shows what the job answered, and backtest reads
 * a range of input topics. The tests share one broker and run in method order on its topics.
 */
class KafkaCommandsTest {

    private static final List<String> STARTER_IDS = List.of("dumping-corroborated", "report-cluster",
            "stopped-then-collapse");

    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        kafka = new EmbeddedKafka().start();
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    @Test
    void deployPublishesNothingForABadPackAndEverythingForAGoodOne() throws IOException, DecodeException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.copy(Path.of(CheckCommandTest.STARTER, "report-cluster.epl"), bad.resolve("report-cluster.epl"));
        Files.writeString(bad.resolve("evil.epl"), CheckCommandTest.rule("evil", 1,
                "select * from CitizenReport where Runtime.getRuntime().exec('id') is null"));
        Cli.Run refused = deploy(bad.toString(), "--author", "mallory");
        assertEquals(1, refused.exitCode(), refused.toString());
        assertTrue(refused.out().contains(bad + "/evil.epl:4: Java method call '.getRuntime(...)'"),
                refused.toString());
        assertTrue(refused.out().contains("nothing published"), refused.toString());
        assertFalse(exists(RuleTopics.RULES), "nothing published, not even the topic");

        Cli.Run run = deploy(CheckCommandTest.STARTER, "--author", "alice", "--comment", "first rules");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("published stopped-then-collapse v1 to vigie.rules"), run.toString());
        assertEquals("3 rules published", run.lastLine());

        List<ConsumerRecord<byte[], byte[]>> records = committed(RuleTopics.RULES, 3);
        assertEquals(STARTER_IDS, records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8))
                .sorted().toList());
        try (RuleChangeValidator job = new RuleChangeValidator()) {
            for (ConsumerRecord<byte[], byte[]> r : records) {
                RuleChange change = RuleChangeCodec.fromJson(r.value());
                assertEquals("alice", change.author());
                assertEquals("starter", change.pack());
                assertEquals("first rules", change.comment());
                RuleChangeValidator.Result checked = job.validate(RuleChangeCodec.ruleId(r.key()), change);
                assertTrue(checked.ok(), () -> "the job accepts what deploy publishes: " + checked.message());
            }
        }
        List<AuditEntry> audit = committed(RuleTopics.AUDIT, 3).stream()
                .map(r -> decodeAudit(r.value())).toList();
        assertEquals(3, audit.size());
        assertTrue(audit.stream().allMatch(a -> a.action() == AuditEntry.Action.RULE_SUBMITTED
                && a.actor().equals("alice")), audit.toString());
        assertEquals(Set.of("rule dumping-corroborated v1", "rule report-cluster v1", "rule stopped-then-collapse v1"),
                audit.stream().map(AuditEntry::subject).collect(Collectors.toSet()));

        Cli.Run again = deploy(CheckCommandTest.STARTER, "--author", "alice");
        assertEquals(0, again.exitCode(), again.toString());
        assertEquals("0 rules published", again.lastLine());
        assertTrue(again.out().contains("unchanged report-cluster v1"), again.toString());

        Path edited = Files.createDirectories(dir.resolve("edited"));
        Files.writeString(edited.resolve("report-cluster.epl"), Files.readString(Path.of(CheckCommandTest.STARTER,
                "report-cluster.epl")).replace("15 * 60 * 1000", "20 * 60 * 1000"));
        Cli.Run unbumped = deploy(edited.toString(), "--author", "bob");
        assertEquals(1, unbumped.exitCode(), unbumped.toString());
        assertTrue(unbumped.out().contains("rule 'report-cluster' changed but its version 1 does not raise the"
                + " published version 1"), unbumped.toString());
        assertEquals(3, committed(RuleTopics.RULES, 3).size());
    }

    @Test
    void listShowsTheStandingRulesAndWhatTheJobAnswered() {
        if (!exists(RuleTopics.RULES)) {
            assertEquals(0, deploy(CheckCommandTest.STARTER, "--author", "alice").exitCode());
        }
        committed(RuleTopics.RULES, 3);
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
            status(producer, new RuleStatus("report-cluster", 1, RuleStatus.Status.REJECTED,
                    "report-cluster.epl:12: something the job refused", 1_000, null));
            status(producer, new RuleStatus("stopped-then-collapse", 1, RuleStatus.Status.ACTIVE, "", 1_000, 0));
            producer.flush();
        }
        Cli.Run run = Cli.run("list", "--bootstrap", kafka.bootstrapServers());
        assertEquals(0, run.exitCode(), run.toString());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).startsWith("rule "), run.toString());
        assertTrue(line(lines, "dumping-corroborated")
                .matches("dumping-corroborated\\s+1\\s+alice\\s+\\S+Z\\s+PENDING"), run.toString());
        assertTrue(line(lines, "stopped-then-collapse").endsWith(" ACTIVE"), run.toString());
        assertTrue(line(lines, "report-cluster").endsWith(" REJECTED (the previous version keeps running)"),
                run.toString());
        assertTrue(lines.contains("    report-cluster.epl:12: something the job refused"), run.toString());
        assertEquals("3 rules on vigie.rules", run.lastLine());
    }

    @Test
    void backtestReadsARangeOfInputTopics() throws IOException {
        List<SimEvent> events = SimulatedCity.events(5, 1);
        SignalCodec codec = new SignalCodec();
        kafka.createTopics(2, "vigie.in.camera", "vigie.in.dumping", "vigie.in.traffic", "vigie.in.reports");
        try (KafkaProducer<byte[], byte[]> producer = kafka.producer()) {
            for (SimEvent e : events) {
                String topic = switch (e.event().sourceKind()) {
                    case CAMERA -> "vigie.in.camera";
                    case DUMPING_SENSOR -> "vigie.in.dumping";
                    case TRAFFIC -> "vigie.in.traffic";
                    case CITIZEN_REPORT -> "vigie.in.reports";
                };
                byte[] value = e.event().id().hashCode() % 2 == 0 ? codec.encodeJson(e.event(), e.plateNumber())
                        : codec.encodeAvro(e.event(), e.plateNumber());
                producer.send(new ProducerRecord<>(topic, null, e.event().eventTime(),
                        e.event().sourceId().getBytes(StandardCharsets.UTF_8), value));
            }
            producer.flush();
        }
        Cli.Run run = Cli.run("backtest", "--rules", CheckCommandTest.STARTER, "--bootstrap",
                kafka.bootstrapServers(), "--topic", "vigie.in.camera", "--topic", "vigie.in.dumping",
                "--topic", "vigie.in.traffic", "--topic", "vigie.in.reports=CitizenReport", "--json",
                "--no-progress");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(events.size(), report.get("events").asLong());
        assertEquals(SimulatedCity.directCounts(Path.of(CheckCommandTest.STARTER), SimulatedCity.zoned(events)),
                BacktestCommandTest.counts(report));
        assertFalse(report.get("rows").isEmpty(), run.out());
    }

    private static Cli.Run deploy(String path, String... options) {
        String[] args = new String[3 + options.length + 1];
        args[0] = "deploy";
        args[1] = path;
        args[2] = "--bootstrap";
        args[3] = kafka.bootstrapServers();
        System.arraycopy(options, 0, args, 4, options.length);
        return Cli.run(args);
    }

    /**
     * The committed records of {@code topic} once there are {@code count}: a transaction's commit returns before its
     * markers reach the partitions, so read_committed readers see its records a moment later.
     */
    private static List<ConsumerRecord<byte[], byte[]>> committed(String topic, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<ConsumerRecord<byte[], byte[]>> records = kafka.readAll(topic, Duration.ofSeconds(10), true);
        while (records.size() < count && System.nanoTime() < deadline) {
            records = kafka.readAll(topic, Duration.ofSeconds(10), true);
        }
        return records;
    }

    private static boolean exists(String topic) {
        try (Admin admin = kafka.admin()) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void status(KafkaProducer<byte[], byte[]> producer, RuleStatus status) {
        producer.send(new ProducerRecord<>(RuleTopics.RULE_STATUS, RuleChangeCodec.key(status.ruleId()),
                RuleStatusCodec.toJson(status)));
    }

    private static String line(List<String> lines, String rule) {
        return lines.stream().filter(l -> l.startsWith(rule + " ")).findFirst().orElse(null);
    }

    private static AuditEntry decodeAudit(byte[] value) {
        try {
            return AuditEntryCodec.fromJson(value);
        } catch (DecodeException e) {
            throw new AssertionError(e);
        }
    }
}
