package org.vigie.rules.tooling;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.vigie.events.SourceKind;
import org.vigie.schemas.wire.DecodeException;
import org.vigie.schemas.wire.SignalCodec;

/**
 * Reads a range of input topics with a plain consumer (no group, nothing committed): from the first record whose
 * timestamp is at most {@link #SLACK_MS} before {@code from} (record timestamps are producer or log-append times,
 * close to event time), up to each partition's end offset when the read starts, or earlier once records are
 * {@link #SLACK_MS} past {@code to}. Events are kept by event time, {@code [from, to)}.
 */
final class KafkaRangeInput {

    /** How far record timestamps may stray from event times: the job's max future skew, doubled. */
    static final long SLACK_MS = 10 * 60_000L;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STALL = Duration.ofSeconds(60);

    /** The input topics' default names and the kind each carries. */
    static final Map<String, SourceKind> DEFAULT_TOPICS = Map.of("vigie.in.camera", SourceKind.CAMERA,
            "vigie.in.dumping", SourceKind.DUMPING_SENSOR, "vigie.in.traffic", SourceKind.TRAFFIC,
            "vigie.in.reports", SourceKind.CITIZEN_REPORT);

    /** A topic and the kind of its records: {@code vigie.in.camera} or {@code my.cams=CameraDetection}. */
    record TopicKind(String topic, SourceKind kind) {

        static TopicKind parse(String spec) {
            int eq = spec.lastIndexOf('=');
            String topic = eq < 0 ? spec : spec.substring(0, eq);
            SourceKind kind = eq < 0 ? DEFAULT_TOPICS.get(topic) : EventLines.kindOf(spec.substring(eq + 1));
            if (kind == null) {
                throw new IllegalArgumentException("which event type does topic '" + topic + "' carry? write "
                        + topic + "=CameraDetection (or DumpingObservation, TrafficEvent, CitizenReport)");
            }
            return new TopicKind(topic, kind);
        }
    }

    private KafkaRangeInput() {
    }

    static void read(Map<String, Object> clientConfig, List<TopicKind> topics, long from, long to,
                     EventCollector out, Progress progress) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        SignalCodec codec = new SignalCodec();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            Map<TopicPartition, SourceKind> kinds = partitions(consumer, topics);
            consumer.assign(kinds.keySet());
            Map<TopicPartition, Long> end = consumer.endOffsets(kinds.keySet());
            seek(consumer, kinds.keySet(), from);
            Set<TopicPartition> open = new HashSet<>(kinds.keySet());
            long lastProgress = System.nanoTime();
            open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
            while (!open.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(r.topic(), r.partition());
                    if (!open.contains(tp) || r.offset() >= end.get(tp)) {
                        continue;
                    }
                    if (to != Long.MAX_VALUE && r.timestamp() > to + SLACK_MS) {
                        open.remove(tp);
                        consumer.pause(List.of(tp));
                        continue;
                    }
                    String where = r.topic() + "-" + r.partition() + "@" + r.offset();
                    try {
                        out.add(codec.decode(kinds.get(tp), r.value()).event(), where);
                    } catch (DecodeException e) {
                        out.refuse(where, e.getMessage());
                    }
                    lastProgress = System.nanoTime();
                }
                progress.update(out.read());
                open.removeIf(tp -> consumer.position(tp) >= end.get(tp));
                if (!open.isEmpty() && System.nanoTime() - lastProgress > STALL.toNanos()) {
                    throw new IllegalStateException("no record for " + STALL.toSeconds() + " s before the end of "
                            + open);
                }
            }
        }
    }

    private static Map<TopicPartition, SourceKind> partitions(KafkaConsumer<byte[], byte[]> consumer,
                                                              List<TopicKind> topics) {
        Map<TopicPartition, SourceKind> kinds = new HashMap<>();
        for (TopicKind t : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(t.topic());
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("no topic '" + t.topic() + "'");
            }
            infos.forEach(i -> kinds.put(new TopicPartition(i.topic(), i.partition()), t.kind()));
        }
        return kinds;
    }

    private static void seek(KafkaConsumer<byte[], byte[]> consumer, Set<TopicPartition> partitions, long from) {
        if (from == Long.MIN_VALUE) {
            consumer.seekToBeginning(partitions);
            return;
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(tp -> times.put(tp, Math.max(0, from - SLACK_MS)));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times);
        List<TopicPartition> past = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp at = offsets.get(tp);
            if (at == null) {
                past.add(tp);
            } else {
                consumer.seek(tp, at.offset());
            }
        }
        consumer.seekToEnd(past);
    }
}
