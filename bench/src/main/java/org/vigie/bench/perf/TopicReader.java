package org.vigie.bench.perf;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.Alert;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DecodeException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a job left in its output topics, as a read_committed consumer sees it. */
final class TopicReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicReader() {
    }

    static List<Alert> alerts(EmbeddedKafka kafka, String topic) {
        AlertCodec codec = new AlertCodec();
        List<Alert> alerts = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : kafka.readAll(topic, TIMEOUT, true)) {
            try {
                alerts.add(codec.fromJson(r.value()));
            } catch (DecodeException e) {
                throw new IllegalStateException("undecodable alert in " + topic + ": " + e.getMessage(), e);
            }
        }
        return alerts;
    }

    static long count(EmbeddedKafka kafka, String topic) {
        return kafka.readAll(topic, TIMEOUT, true).size();
    }
}
