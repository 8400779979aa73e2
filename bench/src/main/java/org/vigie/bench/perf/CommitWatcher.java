package org.vigie.bench.perf;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.events.Alert;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DecodeException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A read_committed consumer of the alert topic on its own thread, noting when each alert became visible: with
 * exactly-once delivery that is when the transaction holding it committed.
 */
final class CommitWatcher implements AutoCloseable {

    /** An alert and the nanoTime at which the consumer received it. */
    record Seen(Alert alert, long nanos) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    CommitWatcher(EmbeddedKafka kafka, String topic) {
        KafkaConsumer<byte[], byte[]> consumer = kafka.consumer("latency-watcher-" + topic, Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(() -> poll(consumer), "commit-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll(KafkaConsumer<byte[], byte[]> consumer) {
        AlertCodec codec = new AlertCodec();
        try (consumer) {
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    try {
                        Alert a = codec.fromJson(r.value());
                        synchronized (seen) {
                            seen.add(new Seen(a, now));
                        }
                    } catch (DecodeException e) {
                        throw new IllegalStateException("undecodable alert: " + e.getMessage(), e);
                    }
                }
            }
        }
    }

    List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join(10_000);
    }
}
