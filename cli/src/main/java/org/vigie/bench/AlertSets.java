package org.vigie.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.vigie.deploy.embedded.EmbeddedKafka;
import org.vigie.schemas.wire.AlertCodec;
import org.vigie.schemas.wire.DecodeException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The committed alerts of a topic, by id, and how two such sets differ. */
final class AlertSets {

    record Diff(long expected, long got, long missing, long duplicated, long unexpected) {
        boolean exact() {
            return missing == 0 && duplicated == 0 && unexpected == 0;
        }
    }

    private AlertSets() {
    }

    /** Alert ids of a topic as a committed consumer sees them, with repeats. */
    static List<String> ids(EmbeddedKafka kafka, String topic) throws DecodeException {
        AlertCodec codec = new AlertCodec();
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : kafka.readAll(topic, Duration.ofSeconds(30), true)) {
            ids.add(codec.fromJson(r.value()).id());
        }
        return ids;
    }

    /**
     * The sum over partitions of the topic's last stable offset: it grows only when a transaction commits, i.e. when
     * a checkpoint of the writing job completed.
     */
    static long committedEnd(EmbeddedKafka kafka, String topic) throws Exception {
        try (Admin admin = kafka.admin()) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            for (TopicPartitionInfo p : admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                    .partitions()) {
                request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest());
            }
            long sum = 0;
            for (var info : admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get().values()) {
                sum += info.offset();
            }
            return sum;
        }
    }

    /** Waits until the topic's committed end passes {@code than}, or the time runs out; returns the new end. */
    static long awaitCommittedBeyond(EmbeddedKafka kafka, String topic, long than, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long now = committedEnd(kafka, topic);
        while (now <= than && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = committedEnd(kafka, topic);
        }
        return now;
    }

    static Diff diff(List<String> expected, List<String> got) {
        Map<String, Integer> want = counts(expected);
        Map<String, Integer> have = counts(got);
        long missing = 0;
        long duplicated = 0;
        long unexpected = 0;
        for (Map.Entry<String, Integer> w : want.entrySet()) {
            int h = have.getOrDefault(w.getKey(), 0);
            missing += Math.max(0, w.getValue() - h);
            duplicated += Math.max(0, h - w.getValue());
        }
        for (Map.Entry<String, Integer> h : have.entrySet()) {
            if (!want.containsKey(h.getKey())) {
                unexpected += h.getValue();
            }
        }
        return new Diff(expected.size(), got.size(), missing, duplicated, unexpected);
    }

    private static Map<String, Integer> counts(List<String> ids) {
        Map<String, Integer> m = new HashMap<>();
        ids.forEach(id -> m.merge(id, 1, Integer::sum));
        return m;
    }
}
