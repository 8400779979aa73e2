package org.vigie.simulator;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes a simulated run to Kafka: each signal to its input topic ({@link CityTopics}), key = source id (so one
 * device's events stay in order on one partition), record timestamp = event time; optionally each ground truth as a
 * JSON line to {@link CityTopics#GROUND_TRUTH}. Either as fast as possible or paced to a rate of signal events per
 * second of wall-clock time.
 *
 * <pre>{@code
 * try (KafkaCityWriter w = KafkaCityWriter.create(bootstrap, WireFormat.JSON.encoder(), 0, true)) {
 *     Map<String, Long> perTopic = w.write(new CitySimulator(CityConfig.sample(42)));
 * }
 * }</pre>
 */
public final class KafkaCityWriter implements AutoCloseable {

    private static final int ERROR_CHECK_EVERY = 1_000;

    private final Producer<byte[], byte[]> producer;
    private final boolean ownsProducer;
    private final SignalEncoder encoder;
    private final double eventsPerSecond;
    private final boolean writeGroundTruth;
    private final AtomicReference<Exception> firstError = new AtomicReference<>();

    /**
     * A writer on a producer the caller owns (and closes).
     *
     * @param eventsPerSecond  wall-clock pace of signal events; 0 for as fast as possible
     * @param writeGroundTruth whether to write ground truth records to {@link CityTopics#GROUND_TRUTH}
     */
    public KafkaCityWriter(Producer<byte[], byte[]> producer, SignalEncoder encoder, double eventsPerSecond,
                           boolean writeGroundTruth) {
        this(producer, false, encoder, eventsPerSecond, writeGroundTruth);
    }

    private KafkaCityWriter(Producer<byte[], byte[]> producer, boolean owns, SignalEncoder encoder,
                            double eventsPerSecond, boolean writeGroundTruth) {
        if (!(eventsPerSecond >= 0) || Double.isInfinite(eventsPerSecond)) {
            throw new IllegalArgumentException("eventsPerSecond must be finite and >= 0: " + eventsPerSecond);
        }
        this.producer = producer;
        this.ownsProducer = owns;
        this.encoder = encoder;
        this.eventsPerSecond = eventsPerSecond;
        this.writeGroundTruth = writeGroundTruth;
    }

    /** A writer with its own idempotent producer to {@code bootstrapServers}, closed with the writer. */
    public static KafkaCityWriter create(String bootstrapServers, SignalEncoder encoder, double eventsPerSecond,
                                         boolean writeGroundTruth) {
        Map<String, Object> c = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 10,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        KafkaProducer<byte[], byte[]> p = new KafkaProducer<>(c, new ByteArraySerializer(), new ByteArraySerializer());
        return new KafkaCityWriter(p, true, encoder, eventsPerSecond, writeGroundTruth);
    }

    /** Writes every record of a fresh run; returns the count per topic, once all are acknowledged. */
    public Map<String, Long> write(Iterable<? extends SimRecord> run) {
        return write(run.iterator());
    }

    public Map<String, Long> write(Iterator<? extends SimRecord> records) {
        Map<String, Long> counts = new TreeMap<>();
        long t0 = System.nanoTime();
        long events = 0;
        while (records.hasNext()) {
            SimRecord r = records.next();
            if (r instanceof SimEvent e) {
                pace(t0, events++);
                String topic = CityTopics.of(e.event().sourceKind());
                send(topic, e.event().sourceId(), e.time(), encoder.encode(e));
                counts.merge(topic, 1L, Long::sum);
            } else if (r instanceof GroundTruth g && writeGroundTruth) {
                send(CityTopics.GROUND_TRUTH, g.incidentId(), g.endTime(), utf8(g.toJsonLine()));
                counts.merge(CityTopics.GROUND_TRUTH, 1L, Long::sum);
            }
            if (events % ERROR_CHECK_EVERY == 0) {
                throwIfFailed();
            }
        }
        producer.flush();
        throwIfFailed();
        return counts;
    }

    /** Writes malformed records as they are (no pacing); returns the count per topic. */
    public Map<String, Long> writeRaw(Iterable<RawRecord> records) {
        Map<String, Long> counts = new TreeMap<>();
        for (RawRecord r : records) {
            send(r.topic(), r.key(), r.timestamp(), r.value());
            counts.merge(r.topic(), 1L, Long::sum);
        }
        producer.flush();
        throwIfFailed();
        return counts;
    }

    /** Closes the producer if this writer created it. */
    @Override
    public void close() {
        if (ownsProducer) {
            producer.close();
        }
    }

    private void send(String topic, String key, long timestamp, byte[] value) {
        producer.send(new ProducerRecord<>(topic, null, timestamp, utf8(key), value), (meta, ex) -> {
            if (ex != null) {
                firstError.compareAndSet(null, ex);
            }
        });
    }

    /** Sleeps until the {@code sent}-th event is due at the configured rate. */
    private void pace(long t0, long sent) {
        if (eventsPerSecond == 0) {
            return;
        }
        long due = t0 + (long) (sent * 1e9 / eventsPerSecond);
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private void throwIfFailed() {
        Exception e = firstError.get();
        if (e != null) {
            throw new IllegalStateException("writing the simulated city to Kafka failed: " + e.getMessage(), e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
