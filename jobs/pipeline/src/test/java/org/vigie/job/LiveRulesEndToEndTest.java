package org.vigie.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.vigie.correlate.RuleSet;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.deploy.embedded.LocalFlink;
import org.vigie.events.Alert;
import org.vigie.events.CameraDetection;
import org.vigie.events.DeadLetter;
import org.vigie.events.DumpingObservation;
import org.vigie.events.SignalEvent;
import org.vigie.job.config.VigieConfig;
import org.vigie.schemas.wire.DeadLetterCodec;
import org.vigie.schemas.wire.SignalCodec;
import org.vigie.simulator.CityConfig;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live rule changes while events flow, on a real broker and Flink: add, update, a bad update refused while the
 * running version goes on, restart from a savepoint with the same active set, delete; a record that is not a change
 * goes to the dead-letter topic.
 */
class LiveRulesEndToEndTest {

    private static final long T0 = CityConfig.DEFAULT_START;
    private static final long HOUR = 3_600_000;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String RULE = "deposit-seen";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SignalCodec codec = new SignalCodec();
    private int sequence;

    private static String rule(int version, String extraColumn) {
        return "@Name('" + RULE + "')\n@Description('A deposit next to a container')\n"
                + "@Tag(name='severity', value='LOW')\n@Tag(name='version', value='" + version + "')\n"
                + "context ByZone\nselect " + extraColumn
                + "d as deposit from DumpingObservation(kind='DEPOSIT_DETECTED') as d";
    }

    @Test
    void addUpdateRejectRestartDelete() throws Exception {
        try (EmbeddedKafka kafka = JobRuns.broker()) {
            VigieConfig config = VigieConfig.parse("kafka: {bootstrap: '" + kafka.bootstrapServers() + "'}\n"
                    + "job: {checkpoint-interval: 500ms}\n"
                    + "event-time: {out-of-orderness: 1s, idleness: 1s}\n"
                    + "pseudonymization: {key-id: test-1, key: test-key-0123456789abcdef}\n");
            RuleSet starter = RuleSet.load(config.rulePacks());
            String savepoints = Files.createTempDirectory("vigie-live-sp").toUri().toString();

            JobClient job = start(config, starter, null);
            publish(kafka, 1, rule(1, ""));
            assertTrue(awaitStatus(kafka, 1, "ACCEPTED").isEmpty());
            try (KafkaProducer<byte[], byte[]> p = kafka.producer()) {
                p.send(new ProducerRecord<>("vigie.rules", "not-a-change".getBytes(StandardCharsets.UTF_8),
                        "{\"ruleId\":\"not-a-change\",\"version\":1}".getBytes(StandardCharsets.UTF_8))).get();
            }
            deposits(kafka, T0, 2);
            awaitAlerts(kafka, a -> a.ruleVersion() == 1, 2);

            publish(kafka, 2, rule(2, "d.value as level, "));
            awaitStatus(kafka, 2, "ACCEPTED");
            deposits(kafka, T0 + HOUR, 3);
            awaitAlerts(kafka, a -> a.ruleVersion() == 2, 3);

            publish(kafka, 3, rule(3, "java.lang.Runtime.getRuntime().availableProcessors() as cpus, "));
            String refusal = awaitStatus(kafka, 3, "REJECTED");
            assertTrue(refusal.contains("Runtime"), refusal);
            deposits(kafka, T0 + 2 * HOUR, 1);
            awaitAlerts(kafka, a -> a.ruleVersion() == 2, 4);

            String savepoint = job.stopWithSavepoint(false, savepoints, SavepointFormatType.CANONICAL)
                    .get(60, TimeUnit.SECONDS);
            job = start(config, starter, savepoint);
            deposits(kafka, T0 + 3 * HOUR, 2);
            awaitAlerts(kafka, a -> a.ruleVersion() == 2, 6);

            publish(kafka, 3, null);
            awaitStatus(kafka, 2, "DELETED");
            deposits(kafka, T0 + 4 * HOUR, 2);
            tick(kafka, T0 + 5 * HOUR);
            Thread.sleep(5_000);
            job.cancel().get(30, TimeUnit.SECONDS);

            List<Alert> all = VigieJobEndToEndTest.readAlerts(kafka).stream()
                    .filter(a -> a.ruleId().equals(RULE)).toList();
            assertEquals(2, all.stream().filter(a -> a.ruleVersion() == 1).count());
            assertEquals(6, all.stream().filter(a -> a.ruleVersion() == 2).count());
            assertTrue(all.stream().noneMatch(a -> a.eventTime() >= T0 + 4 * HOUR), "no alert after the delete");
            assertTrue(kafka.readAll("vigie.audit", WAIT, true).size() >= 4, "every change is audited");
            DeadLetterCodec deadLetters = new DeadLetterCodec();
            List<String> refused = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> r : kafka.readAll("vigie.deadletter", WAIT, true)) {
                DeadLetter d = deadLetters.fromJson(r.value());
                if (d.sourceTopic().equals("vigie.rules")) {
                    refused.add(d.reason());
                }
            }
            assertEquals(List.of("missing required field 'text'"), refused,
                    "a record that is not a change is dead-lettered once, with the codec's reason");
        }
    }

    private static JobClient start(VigieConfig config, RuleSet rules, String savepoint) throws Exception {
        Configuration extra = new Configuration();
        if (savepoint != null) {
            extra.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
        }
        StreamExecutionEnvironment env = LocalFlink.of(2).environment(extra);
        VigieJob.define(env, config, rules, false);
        return env.executeAsync("vigie-live-rules");
    }

    private static void publish(EmbeddedKafka kafka, int version, String text) throws Exception {
        byte[] value = text == null ? null : JSON.writeValueAsBytes(Map.of("ruleId", RULE, "version", version,
                "text", text, "author", "analyst-1", "submittedAt", 0));
        try (KafkaProducer<byte[], byte[]> p = kafka.producer()) {
            p.send(new ProducerRecord<>("vigie.rules", RULE.getBytes(StandardCharsets.UTF_8), value)).get();
        }
    }

    /** Waits for the rule's status record; returns its message. */
    private static String awaitStatus(EmbeddedKafka kafka, int version, String status) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : kafka.readAll("vigie.rule-status", Duration.ofSeconds(5), true)) {
                JsonNode n = JSON.readTree(r.value());
                if (n.path("version").asInt() == version && status.equals(n.path("status").asText())) {
                    return n.path("message").asText();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no status " + status + " for version " + version);
    }

    private static void awaitAlerts(EmbeddedKafka kafka, Predicate<Alert> which, int count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long seen = 0;
        while (System.nanoTime() < deadline) {
            seen = VigieJobEndToEndTest.readAlerts(kafka).stream()
                    .filter(a -> a.ruleId().equals(RULE)).filter(which).count();
            if (seen >= count) {
                assertEquals(count, seen);
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("expected " + count + " alerts, saw " + seen);
    }

    /** Deposits at {@code at}, then an unrelated later event so the watermark passes them. */
    private void deposits(EmbeddedKafka kafka, long at, int n) throws Exception {
        try (KafkaProducer<byte[], byte[]> p = kafka.producer()) {
            for (int i = 0; i < n; i++) {
                SignalEvent d = new DumpingObservation("live-d" + (++sequence), "bin-1", at + i * 1000L, 43.695,
                        7.249, null, DumpingObservation.Kind.DEPOSIT_DETECTED, null, null);
                p.send(new ProducerRecord<>("vigie.in.dumping", codec.encodeJson(d, null))).get();
            }
        }
        tick(kafka, at + 10 * 60_000);
    }

    private void tick(EmbeddedKafka kafka, long at) throws Exception {
        SignalEvent c = new CameraDetection("live-c" + (++sequence), "cam-1", at, 43.695, 7.249, null,
                CameraDetection.ObjectClass.HUMAN, 0.8, null, null, null, null, CameraDetection.Behavior.MOVING, null,
                null, null, null, null);
        try (KafkaProducer<byte[], byte[]> p = kafka.producer()) {
            p.send(new ProducerRecord<>("vigie.in.camera", codec.encodeJson(c, null))).get();
        }
    }
}
