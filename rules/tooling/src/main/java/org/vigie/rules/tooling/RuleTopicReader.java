package org.vigie.rules.tooling;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.vigie.rules.live.RuleChange;
import org.vigie.rules.live.RuleChangeCodec;
import org.vigie.rules.live.RuleStatus;
import org.vigie.rules.live.RuleStatusCodec;
import org.vigie.schemas.wire.DecodeException;

/**
 * Reads the live-rules topics to their end (committed records only, no consumer group): the standing change of
 * each rule on the compacted rules topic (a tombstone removes it) and the latest status of each rule. A topic that
 * does not exist reads as empty; an unreadable record is reported and skipped.
 */
final class RuleTopicReader {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private RuleTopicReader() {
    }

    /** The standing change per rule id. */
    static Map<String, RuleChange> rules(Map<String, Object> config, String topic, List<String> unreadable) {
        Map<String, RuleChange> rules = new TreeMap<>();
        readToEnd(config, topic, (key, value) -> {
            try {
                String id = RuleChangeCodec.ruleId(key);
                if (value == null) {
                    rules.remove(id);
                } else {
                    rules.put(id, RuleChangeCodec.fromJson(value));
                }
            } catch (DecodeException e) {
                unreadable.add(topic + ": " + e.getMessage());
            }
        });
        return rules;
    }

    /** The latest status per rule id (records of one key share a partition, so the last read is the latest). */
    static Map<String, RuleStatus> statuses(Map<String, Object> config, String topic, List<String> unreadable) {
        Map<String, RuleStatus> statuses = new TreeMap<>();
        readToEnd(config, topic, (key, value) -> {
            if (value == null) {
                return;
            }
            try {
                RuleStatus status = RuleStatusCodec.fromJson(value);
                statuses.put(status.ruleId(), status);
            } catch (DecodeException e) {
                unreadable.add(topic + ": " + e.getMessage());
            }
        });
        return statuses;
    }

    private static void readToEnd(Map<String, Object> clientConfig, String topic, BiConsumer<byte[], byte[]> sink) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            if (!consumer.listTopics(TIMEOUT).containsKey(topic)) {
                return;
            }
            List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!done(consumer, end, Set.copyOf(partitions))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end in " + TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    sink.accept(r.key(), r.value());
                }
            }
        }
    }

    private static boolean done(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end,
                                Set<TopicPartition> partitions) {
        return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
    }
}
