package org.vigie.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.vigie.events.Alert;
import org.vigie.job.config.VigieConfig;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DecodeException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads the job's output topics as a control-room consumer would (read_committed), prints each alert and each
 * incident message (CAP) as it comes, and counts alerts per rule, incidents, dead letters and late events.
 */
final class OutputWatcher implements Runnable {

    private final String bootstrap;
    private final VigieConfig.Topics topics;
    private final PrintStream out;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AlertCodec codec = new AlertCodec();

    final AtomicLong deadLetters = new AtomicLong();
    final AtomicLong late = new AtomicLong();
    final AtomicLong incidents = new AtomicLong();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Long> alertsByRule = new TreeMap<>();

    OutputWatcher(String bootstrap, VigieConfig.Topics topics, PrintStream out) {
        this.bootstrap = bootstrap;
        this.topics = topics;
        this.out = out;
    }

    @Override
    public void run() {
        Map<String, Object> conf = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "vigie-demo-console",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(conf, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topics.alerts(), topics.deadLetter(), topics.late(), topics.capJson()));
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    take(r);
                }
            }
        }
    }

    private void take(ConsumerRecord<byte[], byte[]> r) {
        if (r.topic().equals(topics.deadLetter())) {
            deadLetters.incrementAndGet();
        } else if (r.topic().equals(topics.late())) {
            late.incrementAndGet();
        } else if (r.topic().equals(topics.capJson())) {
            String type = header(r, "vigie-msg-type");
            if ("Alert".equals(type)) {
                incidents.incrementAndGet();
            }
            out.println(String.format("  INCIDENT %-6s %s %s: %s", type, header(r, "vigie-priority"),
                    header(r, "vigie-incident"), headline(r.value())));
        } else {
            try {
                Alert a = codec.fromJson(r.value());
                synchronized (alertsByRule) {
                    alertsByRule.merge(a.ruleId(), 1L, Long::sum);
                }
                out.println(AlertFormat.format(a));
            } catch (DecodeException e) {
                out.println("(unreadable alert at offset " + r.offset() + ": " + e.getMessage() + ")");
            }
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? "?" : new String(h.value(), StandardCharsets.UTF_8);
    }

    private String headline(byte[] capJson) {
        try {
            JsonNode h = json.readTree(capJson).findValue("headline");
            return h == null ? "" : h.asText();
        } catch (IOException e) {
            return "(unreadable CAP message)";
        }
    }

    Map<String, Long> alertsByRule() {
        synchronized (alertsByRule) {
            return new TreeMap<>(alertsByRule);
        }
    }

    void stop() {
        running.set(false);
    }
}
