package org.vigie.bench.perf;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.vigie.simulator.CityConfig;
import org.vigie.simulator.SignalEncoder;
import org.vigie.simulator.SimEvent;
import org.vigie.simulator.WireFormat;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Writes a simulated city to the input topics at a steady rate, as KafkaCityWriter does (key = source id, record
 * timestamp = event time), and logs per partition when each record was acknowledged ({@link SplitLog}).
 */
final class PacedWriter {

    private final Map<String, SplitLog> splits = new ConcurrentHashMap<>();
    private long written;
    private long firstEventTime = -1;
    private long eventTimeAtWarmupEnd = -1;

    Collection<SplitLog> splits() {
        return splits.values();
    }

    long written() {
        return written;
    }

    /** Event time of the first record written after the warm-up; alerts due before it are not counted. */
    long eventTimeAtWarmupEnd() {
        return eventTimeAtWarmupEnd;
    }

    long firstEventTime() {
        return firstEventTime;
    }

    /** Writes {@code rate} events a second for {@code seconds}; returns the seconds it actually took. */
    double write(String bootstrap, CityConfig city, Function<SimEvent, String> topicOf, double rate, double seconds,
                 double warmupSeconds) {
        SignalEncoder encoder = WireFormat.JSON.encoder();
        long total = Math.round(rate * seconds);
        long warmup = Math.round(rate * warmupSeconds);
        Map<String, Object> c = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        long t0 = System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(c, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (Iterator<SimEvent> it = PerfInput.firstN(city, total); it.hasNext(); ) {
                SimEvent e = it.next();
                long due = t0 + (long) (written * 1e9 / rate);
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                long time = e.event().eventTime();
                if (firstEventTime < 0) {
                    firstEventTime = time;
                }
                if (written == warmup) {
                    eventTimeAtWarmupEnd = time;
                }
                String topic = topicOf.apply(e);
                producer.send(new ProducerRecord<>(topic, null, time,
                        e.event().sourceId().getBytes(StandardCharsets.UTF_8), encoder.encode(e)), (meta, ex) -> {
                            if (ex == null) {
                                splits.computeIfAbsent(topic + "-" + meta.partition(), k -> new SplitLog())
                                        .add(time, System.nanoTime());
                            }
                        });
                written++;
            }
            producer.flush();
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
